from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, TypedDict

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
    from ..models.new_cart_selected_product_variant import NewCartSelectedProductVariant
    from .new_cart_selected_product_variant import NewCartSelectedProductVariantDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


def _decode_selected_variants(json_value_: Any) -> list[NewCartSelectedProductVariant] | Unset:
    _selected_variants = json_value_
    selected_variants: list[NewCartSelectedProductVariant] | Unset = UNSET
    if _selected_variants is not UNSET:
        selected_variants = []
        for selected_variants_item_data in _selected_variants:
            selected_variants_item = NewCartSelectedProductVariant.from_dict(selected_variants_item_data)

            selected_variants.append(selected_variants_item)

    return selected_variants


class CartDict(TypedDict, total=False):
    """Cart as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    contactId: str
    totalPrice: float
    totalTaxPrice: float
    currency: str
    selectedVariants: list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict]
    externalId: str
    cartUrl: str


Cart._read_only = frozenset(["cart_id", "created_on", "href", "updated_on"])

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_cart_selected_product_variant import NewCartSelectedProductVariant  # noqa: E402

bind_fields(
    Cart,
    {
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
        "cart_id": WireField("cartId"),
        "href": WireField("href"),
        "contact_id": WireField("contactId"),
        "total_price": WireField("totalPrice"),
        "total_tax_price": WireField("totalTaxPrice"),
        "currency": WireField("currency"),
        "selected_variants": WireField("selectedVariants", decode=_decode_selected_variants, keep=True),
        "external_id": WireField("externalId"),
        "cart_url": WireField("cartUrl"),
    },
    additional_properties=True,
)
