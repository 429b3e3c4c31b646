from __future__ import annotations

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
    wire_int,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_tax import NewTax
    from .new_tax import NewTaxDict


@_attrs_define
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


def _from_dict(cls: type[NewSelectedProductVariant], src_dict: Mapping[str, Any]) -> NewSelectedProductVariant:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("variantId", UNSET)
    if value is UNSET:
        not_in_response(self, "variant_id")
    else:
        self.variant_id = value
    value = get("price", UNSET)
    if value is UNSET:
        not_in_response(self, "price")
    else:
        self.price = value
    value = get("quantity", UNSET)
    if value is UNSET:
        not_in_response(self, "quantity")
    elif type(value) is int or absent(value):
        self.quantity = value
    else:
        try:
            self.quantity = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "quantity", value, error)
    self.href = get("href", UNSET)
    self.price_tax = get("priceTax", UNSET)
    value = get("taxes", UNSET)
    if absent(value):
        self.taxes = value
    else:
        try:
            self.taxes = _decode_taxes(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "taxes", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewSelectedProductVariant._wire_fields}


class NewSelectedProductVariantDict(TypedDict, total=False):
    """NewSelectedProductVariant as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    variantId: Required[str]
    price: Required[float]
    quantity: Required[int]
    priceTax: float
    taxes: list[NewTax | NewTaxDict]


setattr(NewSelectedProductVariant, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewSelectedProductVariant._wire_names = {
    "variant_id": "variantId",
    "price": "price",
    "quantity": "quantity",
    "href": "href",
    "price_tax": "priceTax",
    "taxes": "taxes",
}
NewSelectedProductVariant._wire_fields = frozenset(NewSelectedProductVariant._wire_names.values())
NewSelectedProductVariant._read_only = frozenset(["href"])
NewSelectedProductVariant._decoders = {
    "variant_id": None,
    "price": None,
    "quantity": wire_int,
    "href": None,
    "price_tax": None,
    "taxes": _decode_taxes,
}
NewSelectedProductVariant._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_tax import NewTax  # noqa: E402
