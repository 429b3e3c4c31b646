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
    from ..models.new_address import NewAddress
    from ..models.new_meta_field import NewMetaField
    from ..models.new_selected_product_variant import NewSelectedProductVariant
    from .new_address import NewAddressDict
    from .new_meta_field import NewMetaFieldDict
    from .new_selected_product_variant import NewSelectedProductVariantDict


@_attrs_define
class NewOrder(WireModel):
    """
    Attributes:
        contact_id (str): Create a contact by using POST /v3/contacts. Example: k8u.
        total_price (float): The total price of an order Example: 716.
        currency (str): The order currency code (ISO 4217) Example: PLN.
        selected_variants (list[NewSelectedProductVariant]):
        order_id (str | Unset): The order ID Example: fOh.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/orders/fOh.
        order_url (str | Unset): The external URL for an order Example: https://somedomain.com/orders/order446.
        external_id (str | Unset): The external ID is the identifying string or number of the order given by another
            software Example: DH71239.
        total_price_tax (float | Unset): The total price tax of an order Example: 358.67.
        status (str | Unset): The status value Example: NEW.
        cart_id (str | Unset): Create a cart by using POST /v3/shops/{shopId}/carts Example: QBNgBR.
        description (str | Unset): The order description Example: More information about order..
        shipping_price (float | Unset): The shipping price for an order Example: 23.
        shipping_address (NewAddress | Unset):
        billing_status (str | Unset): The billing status of an order Example: PENDING.
        billing_address (NewAddress | Unset):
        processed_at (datetime.datetime | Unset): The exact time an order was made
        meta_fields (list[NewMetaField] | Unset):
    """

    contact_id: str
    total_price: float
    currency: str
    selected_variants: list[NewSelectedProductVariant]
    order_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    order_url: str | Unset = UNSET
    external_id: str | Unset = UNSET
    total_price_tax: float | Unset = UNSET
    status: str | Unset = UNSET
    cart_id: str | Unset = UNSET
    description: str | Unset = UNSET
    shipping_price: float | Unset = UNSET
    shipping_address: NewAddress | Unset = UNSET
    billing_status: str | Unset = UNSET
    billing_address: NewAddress | Unset = UNSET
    processed_at: datetime.datetime | Unset = UNSET
    meta_fields: list[NewMetaField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_selected_variants(json_value_: Any) -> list[NewSelectedProductVariant]:
    selected_variants = []
    _selected_variants = json_value_
    for selected_variants_item_data in _selected_variants:
        selected_variants_item = NewSelectedProductVariant.from_dict(selected_variants_item_data)

        selected_variants.append(selected_variants_item)

    return selected_variants


def _decode_shipping_address(json_value_: Any) -> NewAddress | Unset:
    _shipping_address = json_value_
    shipping_address: NewAddress | Unset
    if isinstance(_shipping_address, Unset):
        shipping_address = UNSET
    else:
        shipping_address = NewAddress.from_dict(_shipping_address)

    return shipping_address


def _decode_billing_address(json_value_: Any) -> NewAddress | Unset:
    _billing_address = json_value_
    billing_address: NewAddress | Unset
    if isinstance(_billing_address, Unset):
        billing_address = UNSET
    else:
        billing_address = NewAddress.from_dict(_billing_address)

    return billing_address


def _decode_processed_at(json_value_: Any) -> datetime.datetime | Unset:
    _processed_at = json_value_
    processed_at: datetime.datetime | Unset
    if isinstance(_processed_at, Unset):
        processed_at = UNSET
    else:
        processed_at = datetime.datetime.fromisoformat(_processed_at)

    return processed_at


def _decode_meta_fields(json_value_: Any) -> list[NewMetaField] | Unset:
    _meta_fields = json_value_
    meta_fields: list[NewMetaField] | Unset = UNSET
    if _meta_fields is not UNSET:
        meta_fields = []
        for meta_fields_item_data in _meta_fields:
            meta_fields_item = NewMetaField.from_dict(meta_fields_item_data)

            meta_fields.append(meta_fields_item)

    return meta_fields


def _from_dict(cls: type[NewOrder], src_dict: Mapping[str, Any]) -> NewOrder:
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
    self.order_id = get("orderId", UNSET)
    self.href = get("href", UNSET)
    self.order_url = get("orderUrl", UNSET)
    self.external_id = get("externalId", UNSET)
    self.total_price_tax = get("totalPriceTax", UNSET)
    self.status = get("status", UNSET)
    self.cart_id = get("cartId", UNSET)
    self.description = get("description", UNSET)
    self.shipping_price = get("shippingPrice", UNSET)
    value = get("shippingAddress", UNSET)
    if type(value) is dict:
        self.shipping_address = NewAddress.from_dict(value)
    elif absent(value):
        self.shipping_address = value
    else:
        try:
            self.shipping_address = _decode_shipping_address(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "shipping_address", value, error)
    self.billing_status = get("billingStatus", UNSET)
    value = get("billingAddress", UNSET)
    if type(value) is dict:
        self.billing_address = NewAddress.from_dict(value)
    elif absent(value):
        self.billing_address = value
    else:
        try:
            self.billing_address = _decode_billing_address(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "billing_address", value, error)
    value = get("processedAt", UNSET)
    if type(value) is str:
        try:
            self.processed_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "processed_at", value, error)
    elif absent(value):
        self.processed_at = value
    else:
        try:
            self.processed_at = _decode_processed_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "processed_at", value, error)
    value = get("metaFields", UNSET)
    if absent(value):
        self.meta_fields = value
    else:
        try:
            self.meta_fields = _decode_meta_fields(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "meta_fields", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewOrder._wire_fields}


class NewOrderDict(TypedDict, total=False):
    """NewOrder as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    contactId: Required[str]
    totalPrice: Required[float]
    currency: Required[str]
    selectedVariants: Required[list[NewSelectedProductVariant | NewSelectedProductVariantDict]]
    orderUrl: str
    externalId: str
    totalPriceTax: float
    status: str
    cartId: str
    description: str
    shippingPrice: float
    shippingAddress: NewAddress | NewAddressDict
    billingStatus: str
    billingAddress: NewAddress | NewAddressDict
    processedAt: datetime.datetime | str
    metaFields: list[NewMetaField | NewMetaFieldDict]


setattr(NewOrder, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewOrder._wire_names = {
    "contact_id": "contactId",
    "total_price": "totalPrice",
    "currency": "currency",
    "selected_variants": "selectedVariants",
    "order_id": "orderId",
    "href": "href",
    "order_url": "orderUrl",
    "external_id": "externalId",
    "total_price_tax": "totalPriceTax",
    "status": "status",
    "cart_id": "cartId",
    "description": "description",
    "shipping_price": "shippingPrice",
    "shipping_address": "shippingAddress",
    "billing_status": "billingStatus",
    "billing_address": "billingAddress",
    "processed_at": "processedAt",
    "meta_fields": "metaFields",
}
NewOrder._wire_fields = frozenset(NewOrder._wire_names.values())
NewOrder._read_only = frozenset(["href", "order_id"])
NewOrder._decoders = {
    "contact_id": None,
    "total_price": None,
    "currency": None,
    "selected_variants": _decode_selected_variants,
    "order_id": None,
    "href": None,
    "order_url": None,
    "external_id": None,
    "total_price_tax": None,
    "status": None,
    "cart_id": None,
    "description": None,
    "shipping_price": None,
    "shipping_address": _decode_shipping_address,
    "billing_status": None,
    "billing_address": _decode_billing_address,
    "processed_at": _decode_processed_at,
    "meta_fields": _decode_meta_fields,
}
NewOrder._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_address import NewAddress  # noqa: E402
from ..models.new_meta_field import NewMetaField  # noqa: E402
from ..models.new_selected_product_variant import NewSelectedProductVariant  # noqa: E402
