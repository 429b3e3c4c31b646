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
class GeneralPerformanceStatsOrder(WireModel):
    """Order statistics

    Attributes:
        orders (int | Unset): Number of orders Example: 5.
        orders_trend (float | Unset): Order trend Example: 1.23.
        avg_order_revenue (float | Unset): Average order value Example: 1.23.
        avg_order_revenue_trend (float | Unset): Average order value trend Example: 1.23.
    """

    orders: int | Unset = UNSET
    orders_trend: float | Unset = UNSET
    avg_order_revenue: float | Unset = UNSET
    avg_order_revenue_trend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeneralPerformanceStatsOrder._wire_fields}


GeneralPerformanceStatsOrder._extra_decoder = _decode_additional_properties

bind_fields(
    GeneralPerformanceStatsOrder,
    {
        "orders": WireField("orders", decode=wire_int),
        "orders_trend": WireField("ordersTrend"),
        "avg_order_revenue": WireField("avgOrderRevenue"),
        "avg_order_revenue_trend": WireField("avgOrderRevenueTrend"),
    },
    additional_properties=True,
)
