from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewCartSelectedProductVariant(WireModel):
    """
    Attributes:
        variant_id (str): The ID of a selected variant. Example: VTB.
        quantity (int): The quantity Example: 3.
        price (float): The price, tax excluded Example: 57.
        price_tax (float): The price, tax included Example: 68.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/shops/pf3/products/9I/variants/VTB.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    variant_id: str
    quantity: int
    price: float
    price_tax: float
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewCartSelectedProductVariantDict(TypedDict, total=False):
    """NewCartSelectedProductVariant as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    variantId: Required[str]
    quantity: Required[int]
    price: Required[float]
    priceTax: Required[float]


NewCartSelectedProductVariant._read_only = frozenset(["href"])

bind_fields(
    NewCartSelectedProductVariant,
    {
        "variant_id": WireField("variantId", required=True),
        "quantity": WireField("quantity", required=True, decode=wire_int),
        "price": WireField("price", required=True),
        "price_tax": WireField("priceTax", required=True),
        "href": WireField("href"),
    },
    additional_properties=True,
)
