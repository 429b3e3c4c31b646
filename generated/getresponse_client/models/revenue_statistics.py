from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.revenue_statistics_time_series_item import RevenueStatisticsTimeSeriesItem


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class RevenueStatistics(WireModel):
    """
    Attributes:
        currency (str | Unset): Statistics currency Example: USD.
        time_series (list[RevenueStatisticsTimeSeriesItem] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.revenue_statistics_time_series_item import RevenueStatisticsTimeSeriesItem  # noqa: E402

bind_fields(
    RevenueStatistics,
    {
        "currency": WireField("currency"),
        "time_series": WireField("timeSeries", decode=_decode_time_series, keep=True),
    },
    additional_properties=True,
)
