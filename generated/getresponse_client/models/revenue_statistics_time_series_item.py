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
class RevenueStatisticsTimeSeriesItem(WireModel):
    """
    Attributes:
        time_interval (str | Unset): Orders and revenue are grouped by time intervals. Example:
            2014-09-20T00:00:00+0000/P2M18DT10H0M0S.
        revenue (float | Unset): Revenue Example: 2.45.
        orders (int | Unset): Number of orders Example: 5.
    """

    time_interval: str | Unset = UNSET
    revenue: float | Unset = UNSET
    orders: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RevenueStatisticsTimeSeriesItem._wire_fields}


RevenueStatisticsTimeSeriesItem._extra_decoder = _decode_additional_properties

bind_fields(
    RevenueStatisticsTimeSeriesItem,
    {
        "time_interval": WireField("timeInterval"),
        "revenue": WireField("revenue"),
        "orders": WireField("orders", decode=wire_int),
    },
    additional_properties=True,
)
