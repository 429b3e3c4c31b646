from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.autoresponder_send_settings_excluded_days_of_week_item import (
    AutoresponderSendSettingsExcludedDaysOfWeekItem,
)
from ..models.autoresponder_send_settings_type import AutoresponderSendSettingsType
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoresponderSendSettingsOutput")


@_attrs_define
class AutoresponderSendSettingsOutput(WireModel):
    """How the message will be delivered to the subscriber

    Attributes:
        type_ (AutoresponderSendSettingsType | Unset): When to send the message
        time_travel (StringBooleanEnum | Unset):
        excluded_days_of_week (list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset): The days of the week to
            exclude from message sending (the message will be sent on the next non-excluded day after the trigger)
        delay_in_hours (int | Unset): How many hours to delay the message after a trigger occured, in the 0-23 format
        send_at_hour (int | Unset): The specific hour on which the message will be sent, in the 0-23 format
        recurrence (Any | Unset):  Example: true.
    """

    type_: AutoresponderSendSettingsType | Unset = UNSET
    time_travel: StringBooleanEnum | Unset = UNSET
    excluded_days_of_week: list[AutoresponderSendSettingsExcludedDaysOfWeekItem] | Unset = UNSET
    delay_in_hours: int | Unset = UNSET
    send_at_hour: int | Unset = UNSET
    recurrence: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        time_travel: str | Unset = UNSET
        if not isinstance(self.time_travel, Unset):
            time_travel = self.time_travel.value

        excluded_days_of_week: list[str] | Unset = UNSET
        if not isinstance(self.excluded_days_of_week, Unset):
            excluded_days_of_week = []
            for (
                componentsschemas_autoresponder_send_settings_excluded_days_of_week_item_data
            ) in self.excluded_days_of_week:
                componentsschemas_autoresponder_send_settings_excluded_days_of_week_item = (
                    componentsschemas_autoresponder_send_settings_excluded_days_of_week_item_data.value
                )
                excluded_days_of_week.append(componentsschemas_autoresponder_send_settings_excluded_days_of_week_item)

        delay_in_hours = self.delay_in_hours

        send_at_hour = self.send_at_hour

        recurrence = self.recurrence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if time_travel is not UNSET:
            field_dict["timeTravel"] = time_travel
        if excluded_days_of_week is not UNSET:
            field_dict["excludedDaysOfWeek"] = excluded_days_of_week
        if delay_in_hours is not UNSET:
            field_dict["delayInHours"] = delay_in_hours
        if send_at_hour is not UNSET:
            field_dict["sendAtHour"] = send_at_hour
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_type_(json_value_: Any) -> AutoresponderSendSettingsType | Unset:
    _type_ = json_value_
    type_: AutoresponderSendSettingsType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = AutoresponderSendSettingsType(_type_)

    return type_


def _encode_type_(self: AutoresponderSendSettingsOutput) -> Any:
    type_: str | Unset = UNSET
    if not isinstance(self.type_, Unset):
        type_ = self.type_.value

    return type_


def _decode_time_travel(json_value_: Any) -> StringBooleanEnum | Unset:
    _time_travel = json_value_
    time_travel: StringBooleanEnum | Unset
    if isinstance(_time_travel, Unset):
        time_travel = UNSET
    else:
        time_travel = StringBooleanEnum(_time_travel)

    return time_travel


def _encode_time_travel(self: AutoresponderSendSettingsOutput) -> Any:
    time_travel: str | Unset = UNSET
    if not isinstance(self.time_travel, Unset):
        time_travel = self.time_travel.value

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


def _encode_excluded_days_of_week(self: AutoresponderSendSettingsOutput) -> Any:
    excluded_days_of_week: list[str] | Unset = UNSET
    if not isinstance(self.excluded_days_of_week, Unset):
        excluded_days_of_week = []
        for componentsschemas_autoresponder_send_settings_excluded_days_of_week_item_data in self.excluded_days_of_week:
            componentsschemas_autoresponder_send_settings_excluded_days_of_week_item = (
                componentsschemas_autoresponder_send_settings_excluded_days_of_week_item_data.value
            )
            excluded_days_of_week.append(componentsschemas_autoresponder_send_settings_excluded_days_of_week_item)

    return excluded_days_of_week


def _encode_delay_in_hours(self: AutoresponderSendSettingsOutput) -> Any:
    delay_in_hours = self.delay_in_hours
    return delay_in_hours


def _encode_send_at_hour(self: AutoresponderSendSettingsOutput) -> Any:
    send_at_hour = self.send_at_hour
    return send_at_hour


def _encode_recurrence(self: AutoresponderSendSettingsOutput) -> Any:
    recurrence = self.recurrence
    return recurrence


def _from_dict(
    cls: type[AutoresponderSendSettingsOutput], src_dict: Mapping[str, Any]
) -> AutoresponderSendSettingsOutput:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("type", UNSET)
    if absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("timeTravel", UNSET)
    if absent(value):
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
    self.delay_in_hours = get("delayInHours", UNSET)
    self.send_at_hour = get("sendAtHour", UNSET)
    self.recurrence = get("recurrence", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderSendSettingsOutput._wire_fields}


setattr(
    AutoresponderSendSettingsOutput, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
AutoresponderSendSettingsOutput._wire_names = {
    "type_": "type",
    "time_travel": "timeTravel",
    "excluded_days_of_week": "excludedDaysOfWeek",
    "delay_in_hours": "delayInHours",
    "send_at_hour": "sendAtHour",
    "recurrence": "recurrence",
}
AutoresponderSendSettingsOutput._wire_fields = frozenset(AutoresponderSendSettingsOutput._wire_names.values())
AutoresponderSendSettingsOutput._decoders = {
    "type_": _decode_type_,
    "time_travel": _decode_time_travel,
    "excluded_days_of_week": _decode_excluded_days_of_week,
    "delay_in_hours": None,
    "send_at_hour": None,
    "recurrence": None,
}
AutoresponderSendSettingsOutput._encoders = {
    "type_": _encode_type_,
    "time_travel": _encode_time_travel,
    "excluded_days_of_week": _encode_excluded_days_of_week,
    "delay_in_hours": _encode_delay_in_hours,
    "send_at_hour": _encode_send_at_hour,
    "recurrence": _encode_recurrence,
}
AutoresponderSendSettingsOutput._extra_decoder = _decode_additional_properties
