from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralPerformanceStatsOrder")


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

    def _encode(self) -> dict[str, Any]:
        orders = self.orders

        orders_trend = self.orders_trend

        avg_order_revenue = self.avg_order_revenue

        avg_order_revenue_trend = self.avg_order_revenue_trend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orders is not UNSET:
            field_dict["orders"] = orders
        if orders_trend is not UNSET:
            field_dict["ordersTrend"] = orders_trend
        if avg_order_revenue is not UNSET:
            field_dict["avgOrderRevenue"] = avg_order_revenue
        if avg_order_revenue_trend is not UNSET:
            field_dict["avgOrderRevenueTrend"] = avg_order_revenue_trend

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_orders(self: GeneralPerformanceStatsOrder) -> Any:
    orders = self.orders
    return orders


def _encode_orders_trend(self: GeneralPerformanceStatsOrder) -> Any:
    orders_trend = self.orders_trend
    return orders_trend


def _encode_avg_order_revenue(self: GeneralPerformanceStatsOrder) -> Any:
    avg_order_revenue = self.avg_order_revenue
    return avg_order_revenue


def _encode_avg_order_revenue_trend(self: GeneralPerformanceStatsOrder) -> Any:
    avg_order_revenue_trend = self.avg_order_revenue_trend
    return avg_order_revenue_trend


def _from_dict(cls: type[GeneralPerformanceStatsOrder], src_dict: Mapping[str, Any]) -> GeneralPerformanceStatsOrder:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.orders = get("orders", UNSET)
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
    "orders": None,
    "orders_trend": None,
    "avg_order_revenue": None,
    "avg_order_revenue_trend": None,
}
GeneralPerformanceStatsOrder._encoders = {
    "orders": _encode_orders,
    "orders_trend": _encode_orders_trend,
    "avg_order_revenue": _encode_avg_order_revenue,
    "avg_order_revenue_trend": _encode_avg_order_revenue_trend,
}
GeneralPerformanceStatsOrder._extra_decoder = _decode_additional_properties
