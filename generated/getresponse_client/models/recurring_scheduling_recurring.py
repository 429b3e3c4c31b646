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
    enum_members,
    wire_int,
)

from ..models.custom_report_days_of_week_enum import CustomReportDaysOfWeekEnum
from ..types import UNSET, Unset


@_attrs_define
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


def _decode_day_of_week(json_value_: Any) -> CustomReportDaysOfWeekEnum | Unset:
    _day_of_week = json_value_
    day_of_week: CustomReportDaysOfWeekEnum | Unset
    if isinstance(_day_of_week, Unset):
        day_of_week = UNSET
    else:
        day_of_week = CustomReportDaysOfWeekEnum(_day_of_week)

    return day_of_week


def _from_dict(cls: type[RecurringSchedulingRecurring], src_dict: Mapping[str, Any]) -> RecurringSchedulingRecurring:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.day_of_month = get("dayOfMonth", UNSET)
    value = get("dayOfWeek", UNSET)
    if type(value) is str:
        try:
            self.day_of_week = _members_day_of_week[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.day_of_week = CustomReportDaysOfWeekEnum(value)
    elif absent(value):
        self.day_of_week = value
    else:
        try:
            self.day_of_week = _decode_day_of_week(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "day_of_week", value, error)
    value = get("hour", UNSET)
    if type(value) is int or absent(value):
        self.hour = value
    else:
        try:
            self.hour = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "hour", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RecurringSchedulingRecurring._wire_fields}


setattr(RecurringSchedulingRecurring, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
RecurringSchedulingRecurring._wire_names = {
    "day_of_month": "dayOfMonth",
    "day_of_week": "dayOfWeek",
    "hour": "hour",
}
RecurringSchedulingRecurring._wire_fields = frozenset(RecurringSchedulingRecurring._wire_names.values())
RecurringSchedulingRecurring._decoders = {
    "day_of_month": None,
    "day_of_week": _decode_day_of_week,
    "hour": wire_int,
}
RecurringSchedulingRecurring._extra_decoder = _decode_additional_properties
_members_day_of_week = enum_members(CustomReportDaysOfWeekEnum)
