from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class AbtestsSubjectStatistics(WireModel):
    """
    Attributes:
        delivered (int | Unset): The total number of delivered messages Example: 10.
        open_rate (float | Unset): Percentage of messages that were opened Example: 20.52.
        click_rate (float | Unset): Percentage of messages links that were clicked Example: 5.12.
    """

    delivered: int | Unset = UNSET
    open_rate: float | Unset = UNSET
    click_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectStatistics._wire_fields}


AbtestsSubjectStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    AbtestsSubjectStatistics,
    {
        "delivered": WireField("delivered", decode=wire_int),
        "open_rate": WireField("openRate"),
        "click_rate": WireField("clickRate"),
    },
    additional_properties=True,
)
