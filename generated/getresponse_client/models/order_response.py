from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_address import NewAddress
    from ..models.new_meta_field import NewMetaField
    from ..models.order_selected_product_variant import OrderSelectedProductVariant


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class OrderResponse(WireModel):
    """
    Attributes:
        order_id (str): The order ID Example: fOh.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/orders/fOh.
        contact_id (str | Unset): Create a contact by using POST /v3/contacts. Example: k8u.
        order_url (str | Unset): The external URL for an order Example: https://somedomain.com/orders/order446.
        external_id (str | Unset): The external ID is the identifying string or number of the order given by another
            software Example: DH71239.
        total_price (float | Unset): The total price of an order Example: 716.
        total_price_tax (float | Unset): The total price tax of an order Example: 358.67.
        currency (str | Unset): The order currency code (ISO 4217) Example: PLN.
        status (str | Unset): The status value Example: NEW.
        cart_id (str | Unset): Create a cart by using POST /v3/shops/{shopId}/carts Example: QBNgBR.
        description (str | Unset): The order description Example: More information about order..
        shipping_price (float | Unset): The shipping price for an order Example: 23.
        shipping_address (NewAddress | Unset):
        billing_status (str | Unset): The billing status of an order Example: PENDING.
        billing_address (NewAddress | Unset):
        processed_at (datetime.datetime | Unset): The exact time an order was made
        meta_fields (list[NewMetaField] | Unset):
        selected_variants (list[OrderSelectedProductVariant] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    order_id: str
    href: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    order_url: str | Unset = UNSET
    external_id: str | Unset = UNSET
    total_price: float | Unset = UNSET
    total_price_tax: float | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    cart_id: str | Unset = UNSET
    description: str | Unset = UNSET
    shipping_price: float | Unset = UNSET
    shipping_address: NewAddress | Unset = UNSET
    billing_status: str | Unset = UNSET
    billing_address: NewAddress | Unset = UNSET
    processed_at: datetime.datetime | Unset = UNSET
    meta_fields: list[NewMetaField] | Unset = UNSET
    selected_variants: list[OrderSelectedProductVariant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_meta_fields(json_value_: Any) -> list[NewMetaField] | Unset:
    _meta_fields = json_value_
    meta_fields: list[NewMetaField] | Unset = UNSET
    if _meta_fields is not UNSET:
        meta_fields = []
        for meta_fields_item_data in _meta_fields:
            meta_fields_item = NewMetaField.from_dict(meta_fields_item_data)

            meta_fields.append(meta_fields_item)

    return meta_fields


def _decode_selected_variants(json_value_: Any) -> list[OrderSelectedProductVariant] | Unset:
    _selected_variants = json_value_
    selected_variants: list[OrderSelectedProductVariant] | Unset = UNSET
    if _selected_variants is not UNSET:
        selected_variants = []
        for selected_variants_item_data in _selected_variants:
            selected_variants_item = OrderSelectedProductVariant.from_dict(selected_variants_item_data)

            selected_variants.append(selected_variants_item)

    return selected_variants


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_address import NewAddress  # noqa: E402
from ..models.new_meta_field import NewMetaField  # noqa: E402
from ..models.order_selected_product_variant import OrderSelectedProductVariant  # noqa: E402

bind_fields(
    OrderResponse,
    {
        "order_id": WireField("orderId", required=True),
        "href": WireField("href"),
        "contact_id": WireField("contactId"),
        "order_url": WireField("orderUrl"),
        "external_id": WireField("externalId"),
        "total_price": WireField("totalPrice"),
        "total_price_tax": WireField("totalPriceTax"),
        "currency": WireField("currency"),
        "status": WireField("status"),
        "cart_id": WireField("cartId"),
        "description": WireField("description"),
        "shipping_price": WireField("shippingPrice"),
        "shipping_address": WireField("shippingAddress", decode=NewAddress.from_dict, keep=True),
        "billing_status": WireField("billingStatus"),
        "billing_address": WireField("billingAddress", decode=NewAddress.from_dict, keep=True),
        "processed_at": WireField("processedAt", decode=parse_datetime),
        "meta_fields": WireField("metaFields", decode=_decode_meta_fields, keep=True),
        "selected_variants": WireField("selectedVariants", decode=_decode_selected_variants, keep=True),
    },
    additional_properties=True,
)
