from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="RevenueStatisticsTimeSeriesItem")


@_attrs_define
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

    def _encode(self) -> dict[str, Any]:
        time_interval = self.time_interval

        revenue = self.revenue

        orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_interval is not UNSET:
            field_dict["timeInterval"] = time_interval
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if orders is not UNSET:
            field_dict["orders"] = orders

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


def _decode_time_interval(d: Mapping[str, Any]) -> str | Unset:
    time_interval: str | Unset = d.get("timeInterval", UNSET)
    return time_interval


def _decode_revenue(d: Mapping[str, Any]) -> float | Unset:
    revenue: float | Unset = d.get("revenue", UNSET)
    return revenue


def _decode_orders(d: Mapping[str, Any]) -> int | Unset:
    orders: int | Unset = d.get("orders", UNSET)
    return orders


def _encode_time_interval(self: RevenueStatisticsTimeSeriesItem) -> Any:
    time_interval = self.time_interval
    return time_interval


def _encode_revenue(self: RevenueStatisticsTimeSeriesItem) -> Any:
    revenue = self.revenue
    return revenue


def _encode_orders(self: RevenueStatisticsTimeSeriesItem) -> Any:
    orders = self.orders
    return orders


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RevenueStatisticsTimeSeriesItem._wire_fields}


RevenueStatisticsTimeSeriesItem._wire_names = {
    "time_interval": "timeInterval",
    "revenue": "revenue",
    "orders": "orders",
}
RevenueStatisticsTimeSeriesItem._wire_fields = frozenset(RevenueStatisticsTimeSeriesItem._wire_names.values())
RevenueStatisticsTimeSeriesItem._decoders = {
    "time_interval": _decode_time_interval,
    "revenue": _decode_revenue,
    "orders": _decode_orders,
    "additional_properties": _decode_additional_properties,
}
RevenueStatisticsTimeSeriesItem._encoders = {
    "time_interval": _encode_time_interval,
    "revenue": _encode_revenue,
    "orders": _encode_orders,
}
