from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class GeneralPerformanceStatsRevenue(WireModel):
    """Revenue statistics

    Attributes:
        revenue (float | Unset): Revenue from orders Example: 1.23.
        revenue_trend (float | Unset): Revenue trend Example: 1.23.
    """

    revenue: float | Unset = UNSET
    revenue_trend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeneralPerformanceStatsRevenue._wire_fields}


GeneralPerformanceStatsRevenue._extra_decoder = _decode_additional_properties

bind_fields(
    GeneralPerformanceStatsRevenue,
    {
        "revenue": WireField("revenue"),
        "revenue_trend": WireField("revenueTrend"),
    },
    additional_properties=True,
)
