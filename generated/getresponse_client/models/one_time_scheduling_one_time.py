from __future__ import annotations

import datetime
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
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define
class OneTimeSchedulingOneTime(WireModel):
    """A field containing configuration parameters for one-time scheduling

    Attributes:
        start_date (datetime.datetime | Unset): Start date of the range for which the report was generated Example:
            2020-11-20T08:00:00+0000.
        end_date (datetime.datetime | Unset): End date of the range for which the report was generated Example:
            2020-11-21T08:00:00+0000.
    """

    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_start_date(json_value_: Any) -> datetime.datetime | Unset:
    _start_date = json_value_
    start_date: datetime.datetime | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = datetime.datetime.fromisoformat(_start_date)

    return start_date


def _decode_end_date(json_value_: Any) -> datetime.datetime | Unset:
    _end_date = json_value_
    end_date: datetime.datetime | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = datetime.datetime.fromisoformat(_end_date)

    return end_date


def _from_dict(cls: type[OneTimeSchedulingOneTime], src_dict: Mapping[str, Any]) -> OneTimeSchedulingOneTime:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("startDate", UNSET)
    if type(value) is str:
        try:
            self.start_date = parse_datetime(value)
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
    if type(value) is str:
        try:
            self.end_date = parse_datetime(value)
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
    return {key: value for key, value in d.items() if key not in OneTimeSchedulingOneTime._wire_fields}


setattr(OneTimeSchedulingOneTime, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
OneTimeSchedulingOneTime._wire_names = {
    "start_date": "startDate",
    "end_date": "endDate",
}
OneTimeSchedulingOneTime._wire_fields = frozenset(OneTimeSchedulingOneTime._wire_names.values())
OneTimeSchedulingOneTime._decoders = {
    "start_date": _decode_start_date,
    "end_date": _decode_end_date,
}
OneTimeSchedulingOneTime._extra_decoder = _decode_additional_properties
