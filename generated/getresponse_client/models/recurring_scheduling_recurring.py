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

from ..models.custom_report_days_of_week_enum import CustomReportDaysOfWeekEnum
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class RecurringSchedulingRecurring(WireModel):
    """A field containing configuration parameters for recurring scheduling

    Attributes:
        day_of_month (int | None | Unset): The day of the month on which the report is generated Example: 16.
        day_of_week (CustomReportDaysOfWeekEnum | Unset):
        hour (int | Unset): The hour at which the report is generated, in the 0-23 format Example: 8.
    """

    day_of_month: int | None | Unset = UNSET
    day_of_week: CustomReportDaysOfWeekEnum | Unset = UNSET
    hour: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RecurringSchedulingRecurring._wire_fields}


RecurringSchedulingRecurring._extra_decoder = _decode_additional_properties

bind_fields(
    RecurringSchedulingRecurring,
    {
        "day_of_month": WireField("dayOfMonth"),
        "day_of_week": WireField("dayOfWeek", enum=CustomReportDaysOfWeekEnum),
        "hour": WireField("hour", decode=wire_int),
    },
    additional_properties=True,
)
