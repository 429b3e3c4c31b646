from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    parse_datetime,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_cart_selected_product_variant import NewCartSelectedProductVariant
    from .new_cart_selected_product_variant import NewCartSelectedProductVariantDict


@_attrs_define
class Cart(WireModel):
    """
    Attributes:
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
        cart_id (str | Unset): The contact ID Example: V.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/carts/V.
        contact_id (str | Unset): The ID of the contact that the cart belongs to. Example: Vp.
        total_price (float | Unset): The total cart price, tax excluded Example: 1234.56.
        total_tax_price (float | Unset): The total cart price, tax included Example: 1334.56.
        currency (str | Unset): The currency code (ISO 4217) Example: USD.
        selected_variants (list[NewCartSelectedProductVariant] | Unset):
        external_id (str | Unset): The external ID is the identifying string or number of the cart, given by another
            software Example: ext-1234.
        cart_url (str | Unset): The external cart URL Example: http://example.com/cart/nQ.
    """

    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    cart_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    contact_id: str | Unset = UNSET
    total_price: float | Unset = UNSET
    total_tax_price: float | Unset = UNSET
    currency: str | Unset = UNSET
    selected_variants: list[NewCartSelectedProductVariant] | Unset = UNSET
    external_id: str | Unset = UNSET
    cart_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


def _decode_selected_variants(json_value_: Any) -> list[NewCartSelectedProductVariant] | Unset:
    _selected_variants = json_value_
    selected_variants: list[NewCartSelectedProductVariant] | Unset = UNSET
    if _selected_variants is not UNSET:
        selected_variants = []
        for selected_variants_item_data in _selected_variants:
            selected_variants_item = NewCartSelectedProductVariant.from_dict(selected_variants_item_data)

            selected_variants.append(selected_variants_item)

    return selected_variants


def _from_dict(cls: type[Cart], src_dict: Mapping[str, Any]) -> Cart:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
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
    self.contact_id = get("contactId", UNSET)
    self.total_price = get("totalPrice", UNSET)
    self.total_tax_price = get("totalTaxPrice", UNSET)
    self.currency = get("currency", UNSET)
    value = get("selectedVariants", UNSET)
    if absent(value):
        self.selected_variants = value
    else:
        try:
            self.selected_variants = _decode_selected_variants(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "selected_variants", value, error)
    self.external_id = get("externalId", UNSET)
    self.cart_url = get("cartUrl", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Cart._wire_fields}


class CartDict(TypedDict, total=False):
    """Cart as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    contactId: str
    totalPrice: float
    totalTaxPrice: float
    currency: str
    selectedVariants: list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict]
    externalId: str
    cartUrl: str


setattr(Cart, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Cart._wire_names = {
    "created_on": "createdOn",
    "updated_on": "updatedOn",
    "cart_id": "cartId",
    "href": "href",
    "contact_id": "contactId",
    "total_price": "totalPrice",
    "total_tax_price": "totalTaxPrice",
    "currency": "currency",
    "selected_variants": "selectedVariants",
    "external_id": "externalId",
    "cart_url": "cartUrl",
}
Cart._wire_fields = frozenset(Cart._wire_names.values())
Cart._read_only = frozenset(["cart_id", "created_on", "href", "updated_on"])
Cart._decoders = {
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "cart_id": None,
    "href": None,
    "contact_id": None,
    "total_price": None,
    "total_tax_price": None,
    "currency": None,
    "selected_variants": _decode_selected_variants,
    "external_id": None,
    "cart_url": None,
}
Cart._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_cart_selected_product_variant import NewCartSelectedProductVariant  # noqa: E402
