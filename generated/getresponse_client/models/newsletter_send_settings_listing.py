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
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define
class NewsletterSendSettingsListing(WireModel):
    """
    Attributes:
        time_travel (StringBooleanEnum | Unset):
        perfect_timing (StringBooleanEnum | Unset):
    """

    time_travel: StringBooleanEnum | Unset = UNSET
    perfect_timing: StringBooleanEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_time_travel(json_value_: Any) -> StringBooleanEnum | Unset:
    _time_travel = json_value_
    time_travel: StringBooleanEnum | Unset
    if isinstance(_time_travel, Unset):
        time_travel = UNSET
    else:
        time_travel = StringBooleanEnum(_time_travel)

    return time_travel


def _decode_perfect_timing(json_value_: Any) -> StringBooleanEnum | Unset:
    _perfect_timing = json_value_
    perfect_timing: StringBooleanEnum | Unset
    if isinstance(_perfect_timing, Unset):
        perfect_timing = UNSET
    else:
        perfect_timing = StringBooleanEnum(_perfect_timing)

    return perfect_timing


def _from_dict(cls: type[NewsletterSendSettingsListing], src_dict: Mapping[str, Any]) -> NewsletterSendSettingsListing:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("timeTravel", UNSET)
    if type(value) is str:
        try:
            self.time_travel = _members_time_travel[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.time_travel = StringBooleanEnum(value)
    elif absent(value):
        self.time_travel = value
    else:
        try:
            self.time_travel = _decode_time_travel(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_travel", value, error)
    value = get("perfectTiming", UNSET)
    if type(value) is str:
        try:
            self.perfect_timing = _members_perfect_timing[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.perfect_timing = StringBooleanEnum(value)
    elif absent(value):
        self.perfect_timing = value
    else:
        try:
            self.perfect_timing = _decode_perfect_timing(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "perfect_timing", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterSendSettingsListing._wire_fields}


setattr(
    NewsletterSendSettingsListing, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
NewsletterSendSettingsListing._wire_names = {
    "time_travel": "timeTravel",
    "perfect_timing": "perfectTiming",
}
NewsletterSendSettingsListing._wire_fields = frozenset(NewsletterSendSettingsListing._wire_names.values())
NewsletterSendSettingsListing._decoders = {
    "time_travel": _decode_time_travel,
    "perfect_timing": _decode_perfect_timing,
}
NewsletterSendSettingsListing._extra_decoder = _decode_additional_properties
_members_time_travel = enum_members(StringBooleanEnum)
_members_perfect_timing = enum_members(StringBooleanEnum)
