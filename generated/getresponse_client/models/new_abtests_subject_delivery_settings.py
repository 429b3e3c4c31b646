from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

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

from ..models.new_abtests_subject_delivery_settings_winner_mode import NewAbtestsSubjectDeliverySettingsWinnerMode
from ..models.new_abtests_subject_delivery_settings_winning_criteria import (
    NewAbtestsSubjectDeliverySettingsWinningCriteria,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_abtests_subject_delivery_settings_send_on import NewAbtestsSubjectDeliverySettingsSendOn
    from .new_abtests_subject_delivery_settings_send_on import NewAbtestsSubjectDeliverySettingsSendOnDict


@_attrs_define
class NewAbtestsSubjectDeliverySettings(WireModel):
    """The A/B test delivery settings

    Attributes:
        send_on (NewAbtestsSubjectDeliverySettingsSendOn): Date the newsletter was sent on
        winner_mode (NewAbtestsSubjectDeliverySettingsWinnerMode): A/B test winner selection mode
        winning_criteria (NewAbtestsSubjectDeliverySettingsWinningCriteria): A/B test winning criteria
        sampling_time (None | str): A/B testing phase duration. Example: P0Y0M0DT5H30M0S.
        sampling_percentage (int | Unset): Size of the test (sampling) group, expressed as a percentage.
    """

    send_on: NewAbtestsSubjectDeliverySettingsSendOn
    winner_mode: NewAbtestsSubjectDeliverySettingsWinnerMode
    winning_criteria: NewAbtestsSubjectDeliverySettingsWinningCriteria
    sampling_time: None | str
    sampling_percentage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_send_on(json_value_: Any) -> NewAbtestsSubjectDeliverySettingsSendOn:
    send_on = NewAbtestsSubjectDeliverySettingsSendOn.from_dict(json_value_)

    return send_on


def _decode_winner_mode(json_value_: Any) -> NewAbtestsSubjectDeliverySettingsWinnerMode:
    winner_mode = NewAbtestsSubjectDeliverySettingsWinnerMode(json_value_)

    return winner_mode


def _decode_winning_criteria(json_value_: Any) -> NewAbtestsSubjectDeliverySettingsWinningCriteria:
    winning_criteria = NewAbtestsSubjectDeliverySettingsWinningCriteria(json_value_)

    return winning_criteria


def _from_dict(
    cls: type[NewAbtestsSubjectDeliverySettings], src_dict: Mapping[str, Any]
) -> NewAbtestsSubjectDeliverySettings:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("sendOn", UNSET)
    if value is UNSET:
        not_in_response(self, "send_on")
    elif type(value) is dict:
        self.send_on = NewAbtestsSubjectDeliverySettingsSendOn.from_dict(value)
    elif absent(value):
        self.send_on = value
    else:
        try:
            self.send_on = _decode_send_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    value = get("winnerMode", UNSET)
    if value is UNSET:
        not_in_response(self, "winner_mode")
    elif type(value) is str:
        try:
            self.winner_mode = _members_winner_mode[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.winner_mode = NewAbtestsSubjectDeliverySettingsWinnerMode(value)
    elif absent(value):
        self.winner_mode = value
    else:
        try:
            self.winner_mode = _decode_winner_mode(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winner_mode", value, error)
    value = get("winningCriteria", UNSET)
    if value is UNSET:
        not_in_response(self, "winning_criteria")
    elif type(value) is str:
        try:
            self.winning_criteria = _members_winning_criteria[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.winning_criteria = NewAbtestsSubjectDeliverySettingsWinningCriteria(value)
    elif absent(value):
        self.winning_criteria = value
    else:
        try:
            self.winning_criteria = _decode_winning_criteria(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winning_criteria", value, error)
    value = get("samplingTime", UNSET)
    if value is UNSET:
        not_in_response(self, "sampling_time")
    else:
        self.sampling_time = value
    value = get("samplingPercentage", UNSET)
    if type(value) is int or absent(value):
        self.sampling_percentage = value
    else:
        try:
            self.sampling_percentage = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "sampling_percentage", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewAbtestsSubjectDeliverySettings._wire_fields}


class NewAbtestsSubjectDeliverySettingsDict(TypedDict, total=False):
    """NewAbtestsSubjectDeliverySettings as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    sendOn: Required[NewAbtestsSubjectDeliverySettingsSendOn | NewAbtestsSubjectDeliverySettingsSendOnDict]
    winnerMode: Required[NewAbtestsSubjectDeliverySettingsWinnerMode | str]
    winningCriteria: Required[NewAbtestsSubjectDeliverySettingsWinningCriteria | str]
    samplingTime: Required[str | None]
    samplingPercentage: int


setattr(
    NewAbtestsSubjectDeliverySettings, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
NewAbtestsSubjectDeliverySettings._wire_names = {
    "send_on": "sendOn",
    "winner_mode": "winnerMode",
    "winning_criteria": "winningCriteria",
    "sampling_time": "samplingTime",
    "sampling_percentage": "samplingPercentage",
}
NewAbtestsSubjectDeliverySettings._wire_fields = frozenset(NewAbtestsSubjectDeliverySettings._wire_names.values())
NewAbtestsSubjectDeliverySettings._decoders = {
    "send_on": _decode_send_on,
    "winner_mode": _decode_winner_mode,
    "winning_criteria": _decode_winning_criteria,
    "sampling_time": None,
    "sampling_percentage": wire_int,
}
NewAbtestsSubjectDeliverySettings._extra_decoder = _decode_additional_properties
_members_winner_mode = enum_members(NewAbtestsSubjectDeliverySettingsWinnerMode)
_members_winning_criteria = enum_members(NewAbtestsSubjectDeliverySettingsWinningCriteria)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_abtests_subject_delivery_settings_send_on import NewAbtestsSubjectDeliverySettingsSendOn  # noqa: E402
