from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class BaseTax(WireModel):
    """
    Attributes:
        tax_id (str | Unset): The tax ID Example: Sk.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/taxes/Sk.
        name (str | Unset): The tax name Example: VAT.
        rate (float | Unset): The rate value Example: 23.
    """

    tax_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[BaseTax], src_dict: Mapping[str, Any]) -> BaseTax:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.tax_id = get("taxId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.rate = get("rate", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseTax._wire_fields}


class BaseTaxDict(TypedDict, total=False):
    """BaseTax as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    rate: float


setattr(BaseTax, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
BaseTax._wire_names = {
    "tax_id": "taxId",
    "href": "href",
    "name": "name",
    "rate": "rate",
}
BaseTax._wire_fields = frozenset(BaseTax._wire_names.values())
BaseTax._read_only = frozenset(["href", "tax_id"])
BaseTax._decoders = {
    "tax_id": None,
    "href": None,
    "name": None,
    "rate": None,
}
BaseTax._extra_decoder = _decode_additional_properties
