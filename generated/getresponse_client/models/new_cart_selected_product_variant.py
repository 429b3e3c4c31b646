from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

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


@_attrs_define
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

    variant_id: str
    quantity: int
    price: float
    price_tax: float
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[NewCartSelectedProductVariant], src_dict: Mapping[str, Any]) -> NewCartSelectedProductVariant:
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
    value = get("price", UNSET)
    if value is UNSET:
        not_in_response(self, "price")
    else:
        self.price = value
    value = get("priceTax", UNSET)
    if value is UNSET:
        not_in_response(self, "price_tax")
    else:
        self.price_tax = value
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewCartSelectedProductVariant._wire_fields}


class NewCartSelectedProductVariantDict(TypedDict, total=False):
    """NewCartSelectedProductVariant as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    variantId: Required[str]
    quantity: Required[int]
    price: Required[float]
    priceTax: Required[float]


setattr(
    NewCartSelectedProductVariant, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
NewCartSelectedProductVariant._wire_names = {
    "variant_id": "variantId",
    "quantity": "quantity",
    "price": "price",
    "price_tax": "priceTax",
    "href": "href",
}
NewCartSelectedProductVariant._wire_fields = frozenset(NewCartSelectedProductVariant._wire_names.values())
NewCartSelectedProductVariant._read_only = frozenset(["href"])
NewCartSelectedProductVariant._decoders = {
    "variant_id": None,
    "quantity": wire_int,
    "price": None,
    "price_tax": None,
    "href": None,
}
NewCartSelectedProductVariant._extra_decoder = _decode_additional_properties
