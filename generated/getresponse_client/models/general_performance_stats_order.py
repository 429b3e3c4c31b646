from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
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


def _from_dict(cls: type[GeneralPerformanceStatsOrder], src_dict: Mapping[str, Any]) -> GeneralPerformanceStatsOrder:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("orders", UNSET)
    if type(value) is int or absent(value):
        self.orders = value
    else:
        try:
            self.orders = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "orders", value, error)
    self.orders_trend = get("ordersTrend", UNSET)
    self.avg_order_revenue = get("avgOrderRevenue", UNSET)
    self.avg_order_revenue_trend = get("avgOrderRevenueTrend", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeneralPerformanceStatsOrder._wire_fields}


setattr(GeneralPerformanceStatsOrder, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
GeneralPerformanceStatsOrder._wire_names = {
    "orders": "orders",
    "orders_trend": "ordersTrend",
    "avg_order_revenue": "avgOrderRevenue",
    "avg_order_revenue_trend": "avgOrderRevenueTrend",
}
GeneralPerformanceStatsOrder._wire_fields = frozenset(GeneralPerformanceStatsOrder._wire_names.values())
GeneralPerformanceStatsOrder._decoders = {
    "orders": wire_int,
    "orders_trend": None,
    "avg_order_revenue": None,
    "avg_order_revenue_trend": None,
}
GeneralPerformanceStatsOrder._extra_decoder = _decode_additional_properties
