from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

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


def _encode_time_interval(self: RevenueStatisticsTimeSeriesItem) -> Any:
    time_interval = self.time_interval
    return time_interval


def _encode_revenue(self: RevenueStatisticsTimeSeriesItem) -> Any:
    revenue = self.revenue
    return revenue


def _encode_orders(self: RevenueStatisticsTimeSeriesItem) -> Any:
    orders = self.orders
    return orders


def _from_dict(
    cls: type[RevenueStatisticsTimeSeriesItem], src_dict: Mapping[str, Any]
) -> RevenueStatisticsTimeSeriesItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.time_interval = get("timeInterval", UNSET)
    self.revenue = get("revenue", UNSET)
    self.orders = get("orders", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RevenueStatisticsTimeSeriesItem._wire_fields}


setattr(
    RevenueStatisticsTimeSeriesItem, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
RevenueStatisticsTimeSeriesItem._wire_names = {
    "time_interval": "timeInterval",
    "revenue": "revenue",
    "orders": "orders",
}
RevenueStatisticsTimeSeriesItem._wire_fields = frozenset(RevenueStatisticsTimeSeriesItem._wire_names.values())
RevenueStatisticsTimeSeriesItem._decoders = {
    "time_interval": None,
    "revenue": None,
    "orders": None,
}
RevenueStatisticsTimeSeriesItem._encoders = {
    "time_interval": _encode_time_interval,
    "revenue": _encode_revenue,
    "orders": _encode_orders,
}
RevenueStatisticsTimeSeriesItem._extra_decoder = _decode_additional_properties
