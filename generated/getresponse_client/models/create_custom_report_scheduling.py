from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
    parse_date,
)

from ..models.create_custom_report_scheduling_frequency import CreateCustomReportSchedulingFrequency
from ..types import UNSET


@_attrs_define
class CreateCustomReportScheduling(WireModel):
    """The period a new custom report covers.

    Attributes:
        frequency (CreateCustomReportSchedulingFrequency): How often the report is generated; only one-time reports can
            be created. Example: one_time.
        start_date (datetime.date): First day of the reported period (YYYY-MM-DD). Example: 2024-01-01.
        end_date (datetime.date): Last day of the reported period (YYYY-MM-DD). Example: 2024-01-15.
    """

    frequency: CreateCustomReportSchedulingFrequency
    start_date: datetime.date
    end_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_frequency(json_value_: Any) -> CreateCustomReportSchedulingFrequency:
    frequency = CreateCustomReportSchedulingFrequency(json_value_)

    return frequency


def _decode_start_date(json_value_: Any) -> datetime.date:
    start_date = datetime.date.fromisoformat(json_value_)

    return start_date


def _decode_end_date(json_value_: Any) -> datetime.date:
    end_date = datetime.date.fromisoformat(json_value_)

    return end_date


def _from_dict(cls: type[CreateCustomReportScheduling], src_dict: Mapping[str, Any]) -> CreateCustomReportScheduling:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("frequency", UNSET)
    if value is UNSET:
        not_in_response(self, "frequency")
    elif type(value) is str:
        try:
            self.frequency = _members_frequency[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.frequency = CreateCustomReportSchedulingFrequency(value)
    elif absent(value):
        self.frequency = value
    else:
        try:
            self.frequency = _decode_frequency(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "frequency", value, error)
    value = get("startDate", UNSET)
    if value is UNSET:
        not_in_response(self, "start_date")
    elif type(value) is str:
        try:
            self.start_date = parse_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "start_date", value, error)
    elif absent(value):
        self.start_date = value
    else:
        try:
            self.start_date = _decode_start_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "start_date", value, error)
    value = get("endDate", UNSET)
    if value is UNSET:
        not_in_response(self, "end_date")
    elif type(value) is str:
        try:
            self.end_date = parse_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "end_date", value, error)
    elif absent(value):
        self.end_date = value
    else:
        try:
            self.end_date = _decode_end_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "end_date", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateCustomReportScheduling._wire_fields}


class CreateCustomReportSchedulingDict(TypedDict, total=False):
    """CreateCustomReportScheduling as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    frequency: Required[CreateCustomReportSchedulingFrequency | str]
    startDate: Required[datetime.date | str]
    endDate: Required[datetime.date | str]


setattr(CreateCustomReportScheduling, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CreateCustomReportScheduling._wire_names = {
    "frequency": "frequency",
    "start_date": "startDate",
    "end_date": "endDate",
}
CreateCustomReportScheduling._wire_fields = frozenset(CreateCustomReportScheduling._wire_names.values())
CreateCustomReportScheduling._decoders = {
    "frequency": _decode_frequency,
    "start_date": _decode_start_date,
    "end_date": _decode_end_date,
}
CreateCustomReportScheduling._extra_decoder = _decode_additional_properties
_members_frequency = enum_members(CreateCustomReportSchedulingFrequency)
