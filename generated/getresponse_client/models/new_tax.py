from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
    not_in_response,
)

from ..types import UNSET, Unset


@_attrs_define
class NewTax(WireModel):
    """
    Attributes:
        name (str): The tax name Example: VAT.
        rate (float): The rate value Example: 23.
        tax_id (str | Unset): The tax ID Example: Sk.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/taxes/Sk.
    """

    name: str
    rate: float
    tax_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[NewTax], src_dict: Mapping[str, Any]) -> NewTax:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("rate", UNSET)
    if value is UNSET:
        not_in_response(self, "rate")
    else:
        self.rate = value
    self.tax_id = get("taxId", UNSET)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewTax._wire_fields}


class NewTaxDict(TypedDict, total=False):
    """NewTax as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    rate: Required[float]


setattr(NewTax, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewTax._wire_names = {
    "name": "name",
    "rate": "rate",
    "tax_id": "taxId",
    "href": "href",
}
NewTax._wire_fields = frozenset(NewTax._wire_names.values())
NewTax._read_only = frozenset(["href", "tax_id"])
NewTax._decoders = {
    "name": None,
    "rate": None,
    "tax_id": None,
    "href": None,
}
NewTax._extra_decoder = _decode_additional_properties
