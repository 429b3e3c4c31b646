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
    value = get("orders", UNSET)
    if type(value) is int or absent(value):
        self.orders = value
    else:
        try:
            self.orders = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "orders", value, error)
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
    "orders": wire_int,
}
RevenueStatisticsTimeSeriesItem._extra_decoder = _decode_additional_properties
