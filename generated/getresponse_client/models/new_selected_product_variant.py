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

if TYPE_CHECKING:
    from ..models.new_tax import NewTax
    from .new_tax import NewTaxDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewSelectedProductVariant(WireModel):
    """
    Attributes:
        variant_id (str): The ID of a selected variant. Example: p.
        price (float): The product variant price Example: 840.
        quantity (int): The product variant quantity Example: 2.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/shops/aS/products/Rf/variants/aBc.
        price_tax (float | Unset): The product variant price tax Example: 428.
        taxes (list[NewTax] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    variant_id: str
    price: float
    quantity: int
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    price_tax: float | Unset = UNSET
    taxes: list[NewTax] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_taxes(json_value_: Any) -> list[NewTax] | Unset:
    _taxes = json_value_
    taxes: list[NewTax] | Unset = UNSET
    if _taxes is not UNSET:
        taxes = []
        for taxes_item_data in _taxes:
            taxes_item = NewTax.from_dict(taxes_item_data)

            taxes.append(taxes_item)

    return taxes


class NewSelectedProductVariantDict(TypedDict, total=False):
    """NewSelectedProductVariant as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    variantId: Required[str]
    price: Required[float]
    quantity: Required[int]
    priceTax: float
    taxes: list[NewTax | NewTaxDict]


NewSelectedProductVariant._read_only = frozenset(["href"])

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_tax import NewTax  # noqa: E402

bind_fields(
    NewSelectedProductVariant,
    {
        "variant_id": WireField("variantId", required=True),
        "price": WireField("price", required=True),
        "quantity": WireField("quantity", required=True, decode=wire_int),
        "href": WireField("href"),
        "price_tax": WireField("priceTax"),
        "taxes": WireField("taxes", decode=_decode_taxes, keep=True),
    },
    additional_properties=True,
)
