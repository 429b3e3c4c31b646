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
    enum_members,
    not_in_response,
    wire_int,
)

from ..models.autoresponder_send_settings_excluded_days_of_week_item import (
    AutoresponderSendSettingsExcludedDaysOfWeekItem,
)
from ..models.autoresponder_send_settings_type import AutoresponderSendSettingsType
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_lexpad import ExternalLexpad


@_attrs_define
class AutoresponderSendDelaySettings(WireModel):
    """
    Attributes:
        type_ (AutoresponderSendSettingsType): When to send the message
        delay_in_hours (int): How many hours to delay the message after a trigger occured, in the 0-23 format
        time_travel (StringBooleanEnum | Unset):
        excluded_days_of_week (list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset): The days of the week to
            exclude from message sending (the message will be sent on the next non-excluded day after the trigger)
        external_lexpad (ExternalLexpad | Unset): External Lexpad settings for the message, read more: External Lexpad
    """

    type_: AutoresponderSendSettingsType
    delay_in_hours: int
    time_travel: StringBooleanEnum | Unset = UNSET
    excluded_days_of_week: list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset = UNSET
    external_lexpad: ExternalLexpad | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_type_(json_value_: Any) -> AutoresponderSendSettingsType:
    type_ = AutoresponderSendSettingsType(json_value_)

    return type_


def _decode_time_travel(json_value_: Any) -> StringBooleanEnum | Unset:
    _time_travel = json_value_
    time_travel: StringBooleanEnum | Unset
    if isinstance(_time_travel, Unset):
        time_travel = UNSET
    else:
        time_travel = StringBooleanEnum(_time_travel)

    return time_travel


def _decode_excluded_days_of_week(json_value_: Any) -> list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset:
    _excluded_days_of_week = json_value_
    excluded_days_of_week: list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset = UNSET
    if _excluded_days_of_week is not UNSET:
        excluded_days_of_week = []
        for componentsschemas_autoresponder_send_settings_excluded_days_of_week_item_data in _excluded_days_of_week:
            componentsschemas_autoresponder_send_settings_excluded_days_of_week_item = (
                AutoresponderSendSettingsExcludedDaysOfWeekItem(
                    componentsschemas_autoresponder_send_settings_excluded_days_of_week_item_data
                )
            )

            excluded_days_of_week.append(componentsschemas_autoresponder_send_settings_excluded_days_of_week_item)

    return excluded_days_of_week


def _decode_external_lexpad(json_value_: Any) -> ExternalLexpad | Unset:
    _external_lexpad = json_value_
    external_lexpad: ExternalLexpad | Unset
    if isinstance(_external_lexpad, Unset):
        external_lexpad = UNSET
    else:
        external_lexpad = ExternalLexpad.from_dict(_external_lexpad)

    return external_lexpad


def _from_dict(
    cls: type[AutoresponderSendDelaySettings], src_dict: Mapping[str, Any]
) -> AutoresponderSendDelaySettings:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("type", UNSET)
    if value is UNSET:
        not_in_response(self, "type_")
    elif type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = AutoresponderSendSettingsType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("delayInHours", UNSET)
    if value is UNSET:
        not_in_response(self, "delay_in_hours")
    elif type(value) is int or absent(value):
        self.delay_in_hours = value
    else:
        try:
            self.delay_in_hours = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "delay_in_hours", value, error)
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
    value = get("excludedDaysOfWeek", UNSET)
    if absent(value):
        self.excluded_days_of_week = value
    else:
        try:
            self.excluded_days_of_week = _decode_excluded_days_of_week(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "excluded_days_of_week", value, error)
    value = get("externalLexpad", UNSET)
    if type(value) is dict:
        self.external_lexpad = ExternalLexpad.from_dict(value)
    elif absent(value):
        self.external_lexpad = value
    else:
        try:
            self.external_lexpad = _decode_external_lexpad(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "external_lexpad", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderSendDelaySettings._wire_fields}


setattr(
    AutoresponderSendDelaySettings, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
AutoresponderSendDelaySettings._wire_names = {
    "type_": "type",
    "delay_in_hours": "delayInHours",
    "time_travel": "timeTravel",
    "excluded_days_of_week": "excludedDaysOfWeek",
    "external_lexpad": "externalLexpad",
}
AutoresponderSendDelaySettings._wire_fields = frozenset(AutoresponderSendDelaySettings._wire_names.values())
AutoresponderSendDelaySettings._decoders = {
    "type_": _decode_type_,
    "delay_in_hours": wire_int,
    "time_travel": _decode_time_travel,
    "excluded_days_of_week": _decode_excluded_days_of_week,
    "external_lexpad": _decode_external_lexpad,
}
AutoresponderSendDelaySettings._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(AutoresponderSendSettingsType)
_members_time_travel = enum_members(StringBooleanEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.external_lexpad import ExternalLexpad  # noqa: E402
