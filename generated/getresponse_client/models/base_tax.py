from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseTax._wire_fields}


class BaseTaxDict(TypedDict, total=False):
    """BaseTax as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    rate: float


BaseTax._read_only = frozenset(["href", "tax_id"])
BaseTax._extra_decoder = _decode_additional_properties

bind_fields(
    BaseTax,
    {
        "tax_id": WireField("taxId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "rate": WireField("rate"),
    },
    additional_properties=True,
)
