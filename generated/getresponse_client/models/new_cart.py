from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    parse_datetime,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_cart_selected_product_variant import NewCartSelectedProductVariant
    from .new_cart_selected_product_variant import NewCartSelectedProductVariantDict


@_attrs_define
class NewCart(WireModel):
    """
    Attributes:
        contact_id (str): The ID of the contact that the cart belongs to. Example: Vp.
        total_price (float): The total cart price, tax excluded Example: 1234.56.
        currency (str): The currency code (ISO 4217) Example: USD.
        selected_variants (list[NewCartSelectedProductVariant]):
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
        cart_id (str | Unset): The contact ID Example: V.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/carts/V.
        total_tax_price (float | Unset): The total cart price, tax included Example: 1334.56.
        external_id (str | Unset): The external ID is the identifying string or number of the cart, given by another
            software Example: ext-1234.
        cart_url (str | Unset): The external cart URL Example: http://example.com/cart/nQ.
    """

    contact_id: str
    total_price: float
    currency: str
    selected_variants: list[NewCartSelectedProductVariant]
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    cart_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    total_tax_price: float | Unset = UNSET
    external_id: str | Unset = UNSET
    cart_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_selected_variants(json_value_: Any) -> list[NewCartSelectedProductVariant]:
    selected_variants = []
    _selected_variants = json_value_
    for selected_variants_item_data in _selected_variants:
        selected_variants_item = NewCartSelectedProductVariant.from_dict(selected_variants_item_data)

        selected_variants.append(selected_variants_item)

    return selected_variants


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _from_dict(cls: type[NewCart], src_dict: Mapping[str, Any]) -> NewCart:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("contactId", UNSET)
    if value is UNSET:
        not_in_response(self, "contact_id")
    else:
        self.contact_id = value
    value = get("totalPrice", UNSET)
    if value is UNSET:
        not_in_response(self, "total_price")
    else:
        self.total_price = value
    value = get("currency", UNSET)
    if value is UNSET:
        not_in_response(self, "currency")
    else:
        self.currency = value
    value = get("selectedVariants", UNSET)
    if value is UNSET:
        not_in_response(self, "selected_variants")
    elif absent(value):
        self.selected_variants = value
    else:
        try:
            self.selected_variants = _decode_selected_variants(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "selected_variants", value, error)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if type(value) is str:
        try:
            self.updated_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    elif absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    self.cart_id = get("cartId", UNSET)
    self.href = get("href", UNSET)
    self.total_tax_price = get("totalTaxPrice", UNSET)
    self.external_id = get("externalId", UNSET)
    self.cart_url = get("cartUrl", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewCart._wire_fields}


class NewCartDict(TypedDict, total=False):
    """NewCart as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    contactId: Required[str]
    totalPrice: Required[float]
    currency: Required[str]
    selectedVariants: Required[list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict]]
    totalTaxPrice: float
    externalId: str
    cartUrl: str


setattr(NewCart, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewCart._wire_names = {
    "contact_id": "contactId",
    "total_price": "totalPrice",
    "currency": "currency",
    "selected_variants": "selectedVariants",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
    "cart_id": "cartId",
    "href": "href",
    "total_tax_price": "totalTaxPrice",
    "external_id": "externalId",
    "cart_url": "cartUrl",
}
NewCart._wire_fields = frozenset(NewCart._wire_names.values())
NewCart._read_only = frozenset(["cart_id", "created_on", "href", "updated_on"])
NewCart._decoders = {
    "contact_id": None,
    "total_price": None,
    "currency": None,
    "selected_variants": _decode_selected_variants,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "cart_id": None,
    "href": None,
    "total_tax_price": None,
    "external_id": None,
    "cart_url": None,
}
NewCart._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_cart_selected_product_variant import NewCartSelectedProductVariant  # noqa: E402
