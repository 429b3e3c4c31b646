from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewTax._wire_fields}


class NewTaxDict(TypedDict, total=False):
    """NewTax as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    rate: Required[float]


NewTax._read_only = frozenset(["href", "tax_id"])
NewTax._extra_decoder = _decode_additional_properties

bind_fields(
    NewTax,
    {
        "name": WireField("name", required=True),
        "rate": WireField("rate", required=True),
        "tax_id": WireField("taxId"),
        "href": WireField("href"),
    },
    additional_properties=True,
)
