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
    enum_members,
    not_in_response,
    parse_datetime,
)

from ..models.custom_report_frequencies_enum import CustomReportFrequenciesEnum
from ..types import UNSET, Unset


@_attrs_define
class CustomReport(WireModel):
    """
    Attributes:
        custom_report_id (str): The custom report ID Example: cRi.
        name (str | Unset): The custom report name Example: Example Report.
        href (str | Unset): The direct hyperlink to a resource Example: https://api.getresponse.com/v3/custom-
            reports/cRi.
        frequency (CustomReportFrequenciesEnum | Unset):
        created_at (datetime.datetime | Unset):  Example: 2020-11-20T08:00:00+0000.
        generated_at (datetime.datetime | Unset):  Example: 2020-11-20T08:00:00+0000.
    """

    custom_report_id: str
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    frequency: CustomReportFrequenciesEnum | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_frequency(json_value_: Any) -> CustomReportFrequenciesEnum | Unset:
    _frequency = json_value_
    frequency: CustomReportFrequenciesEnum | Unset
    if isinstance(_frequency, Unset):
        frequency = UNSET
    else:
        frequency = CustomReportFrequenciesEnum(_frequency)

    return frequency


def _decode_created_at(json_value_: Any) -> datetime.datetime | Unset:
    _created_at = json_value_
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _decode_generated_at(json_value_: Any) -> datetime.datetime | Unset:
    _generated_at = json_value_
    generated_at: datetime.datetime | Unset
    if isinstance(_generated_at, Unset):
        generated_at = UNSET
    else:
        generated_at = datetime.datetime.fromisoformat(_generated_at)

    return generated_at


def _from_dict(cls: type[CustomReport], src_dict: Mapping[str, Any]) -> CustomReport:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("customReportId", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_report_id")
    else:
        self.custom_report_id = value
    self.name = get("name", UNSET)
    self.href = get("href", UNSET)
    value = get("frequency", UNSET)
    if type(value) is str:
        try:
            self.frequency = _members_frequency[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.frequency = CustomReportFrequenciesEnum(value)
    elif absent(value):
        self.frequency = value
    else:
        try:
            self.frequency = _decode_frequency(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "frequency", value, error)
    value = get("createdAt", UNSET)
    if type(value) is str:
        try:
            self.created_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    elif absent(value):
        self.created_at = value
    else:
        try:
            self.created_at = _decode_created_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    value = get("generatedAt", UNSET)
    if type(value) is str:
        try:
            self.generated_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "generated_at", value, error)
    elif absent(value):
        self.generated_at = value
    else:
        try:
            self.generated_at = _decode_generated_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "generated_at", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomReport._wire_fields}


setattr(CustomReport, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomReport._wire_names = {
    "custom_report_id": "customReportId",
    "name": "name",
    "href": "href",
    "frequency": "frequency",
    "created_at": "createdAt",
    "generated_at": "generatedAt",
}
CustomReport._wire_fields = frozenset(CustomReport._wire_names.values())
CustomReport._decoders = {
    "custom_report_id": None,
    "name": None,
    "href": None,
    "frequency": _decode_frequency,
    "created_at": _decode_created_at,
    "generated_at": _decode_generated_at,
}
CustomReport._extra_decoder = _decode_additional_properties
_members_frequency = enum_members(CustomReportFrequenciesEnum)
