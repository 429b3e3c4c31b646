from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.revenue_statistics_time_series_item import RevenueStatisticsTimeSeriesItem


@_attrs_define
class RevenueStatistics(WireModel):
    """
    Attributes:
        currency (str | Unset): Statistics currency Example: USD.
        time_series (list[RevenueStatisticsTimeSeriesItem] | Unset):
    """

    currency: str | Unset = UNSET
    time_series: list[RevenueStatisticsTimeSeriesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_time_series(json_value_: Any) -> list[RevenueStatisticsTimeSeriesItem] | Unset:
    _time_series = json_value_
    time_series: list[RevenueStatisticsTimeSeriesItem] | Unset = UNSET
    if _time_series is not UNSET:
        time_series = []
        for time_series_item_data in _time_series:
            time_series_item = RevenueStatisticsTimeSeriesItem.from_dict(time_series_item_data)

            time_series.append(time_series_item)

    return time_series


def _from_dict(cls: type[RevenueStatistics], src_dict: Mapping[str, Any]) -> RevenueStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.currency = get("currency", UNSET)
    value = get("timeSeries", UNSET)
    if absent(value):
        self.time_series = value
    else:
        try:
            self.time_series = _decode_time_series(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_series", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RevenueStatistics._wire_fields}


setattr(RevenueStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
RevenueStatistics._wire_names = {
    "currency": "currency",
    "time_series": "timeSeries",
}
RevenueStatistics._wire_fields = frozenset(RevenueStatistics._wire_names.values())
RevenueStatistics._decoders = {
    "currency": None,
    "time_series": _decode_time_series,
}
RevenueStatistics._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.revenue_statistics_time_series_item import RevenueStatisticsTimeSeriesItem  # noqa: E402
