from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


def _decode_orders(d: Mapping[str, Any]) -> int | Unset:
    orders: int | Unset = d.get("orders", UNSET)
    return orders


def _decode_orders_trend(d: Mapping[str, Any]) -> float | Unset:
    orders_trend: float | Unset = d.get("ordersTrend", UNSET)
    return orders_trend


def _decode_avg_order_revenue(d: Mapping[str, Any]) -> float | Unset:
    avg_order_revenue: float | Unset = d.get("avgOrderRevenue", UNSET)
    return avg_order_revenue


def _decode_avg_order_revenue_trend(d: Mapping[str, Any]) -> float | Unset:
    avg_order_revenue_trend: float | Unset = d.get("avgOrderRevenueTrend", UNSET)
    return avg_order_revenue_trend


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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeneralPerformanceStatsOrder._wire_fields}


GeneralPerformanceStatsOrder._wire_names = {
    "orders": "orders",
    "orders_trend": "ordersTrend",
    "avg_order_revenue": "avgOrderRevenue",
    "avg_order_revenue_trend": "avgOrderRevenueTrend",
}
GeneralPerformanceStatsOrder._wire_fields = frozenset(GeneralPerformanceStatsOrder._wire_names.values())
GeneralPerformanceStatsOrder._decoders = {
    "orders": _decode_orders,
    "orders_trend": _decode_orders_trend,
    "avg_order_revenue": _decode_avg_order_revenue,
    "avg_order_revenue_trend": _decode_avg_order_revenue_trend,
    "additional_properties": _decode_additional_properties,
}
GeneralPerformanceStatsOrder._encoders = {
    "orders": _encode_orders,
    "orders_trend": _encode_orders_trend,
    "avg_order_revenue": _encode_avg_order_revenue,
    "avg_order_revenue_trend": _encode_avg_order_revenue_trend,
}
