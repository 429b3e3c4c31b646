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
    wire_int,
)

from ..models.abtests_subject_list_item_delivery_settings_winner_mode import (
    AbtestsSubjectListItemDeliverySettingsWinnerMode,
)
from ..models.abtests_subject_list_item_delivery_settings_winning_criteria import (
    AbtestsSubjectListItemDeliverySettingsWinningCriteria,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_list_item_delivery_settings_send_on import (
        AbtestsSubjectListItemDeliverySettingsSendOn,
    )


@_attrs_define
class AbtestsSubjectListItemDeliverySettings(WireModel):
    """The A/B test delivery settings

    Attributes:
        send_on (AbtestsSubjectListItemDeliverySettingsSendOn | Unset): Date the newsletter was sent on
        winner_mode (AbtestsSubjectListItemDeliverySettingsWinnerMode | Unset): A/B test winner selection mode
        winning_criteria (AbtestsSubjectListItemDeliverySettingsWinningCriteria | Unset): A/B test winning criteria
        sampling_percentage (int | Unset): Size of the test (sampling) group, expressed as a percentage.
        sampling_time (None | str | Unset): A/B testing phase duration. Example: 86400.
    """

    send_on: AbtestsSubjectListItemDeliverySettingsSendOn | Unset = UNSET
    winner_mode: AbtestsSubjectListItemDeliverySettingsWinnerMode | Unset = UNSET
    winning_criteria: AbtestsSubjectListItemDeliverySettingsWinningCriteria | Unset = UNSET
    sampling_percentage: int | Unset = UNSET
    sampling_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_send_on(json_value_: Any) -> AbtestsSubjectListItemDeliverySettingsSendOn | Unset:
    _send_on = json_value_
    send_on: AbtestsSubjectListItemDeliverySettingsSendOn | Unset
    if isinstance(_send_on, Unset):
        send_on = UNSET
    else:
        send_on = AbtestsSubjectListItemDeliverySettingsSendOn.from_dict(_send_on)

    return send_on


def _decode_winner_mode(json_value_: Any) -> AbtestsSubjectListItemDeliverySettingsWinnerMode | Unset:
    _winner_mode = json_value_
    winner_mode: AbtestsSubjectListItemDeliverySettingsWinnerMode | Unset
    if isinstance(_winner_mode, Unset):
        winner_mode = UNSET
    else:
        winner_mode = AbtestsSubjectListItemDeliverySettingsWinnerMode(_winner_mode)

    return winner_mode


def _decode_winning_criteria(json_value_: Any) -> AbtestsSubjectListItemDeliverySettingsWinningCriteria | Unset:
    _winning_criteria = json_value_
    winning_criteria: AbtestsSubjectListItemDeliverySettingsWinningCriteria | Unset
    if isinstance(_winning_criteria, Unset):
        winning_criteria = UNSET
    else:
        winning_criteria = AbtestsSubjectListItemDeliverySettingsWinningCriteria(_winning_criteria)

    return winning_criteria


def _from_dict(
    cls: type[AbtestsSubjectListItemDeliverySettings], src_dict: Mapping[str, Any]
) -> AbtestsSubjectListItemDeliverySettings:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("sendOn", UNSET)
    if type(value) is dict:
        self.send_on = AbtestsSubjectListItemDeliverySettingsSendOn.from_dict(value)
    elif absent(value):
        self.send_on = value
    else:
        try:
            self.send_on = _decode_send_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    value = get("winnerMode", UNSET)
    if type(value) is str:
        try:
            self.winner_mode = _members_winner_mode[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.winner_mode = AbtestsSubjectListItemDeliverySettingsWinnerMode(value)
    elif absent(value):
        self.winner_mode = value
    else:
        try:
            self.winner_mode = _decode_winner_mode(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winner_mode", value, error)
    value = get("winningCriteria", UNSET)
    if type(value) is str:
        try:
            self.winning_criteria = _members_winning_criteria[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.winning_criteria = AbtestsSubjectListItemDeliverySettingsWinningCriteria(value)
    elif absent(value):
        self.winning_criteria = value
    else:
        try:
            self.winning_criteria = _decode_winning_criteria(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winning_criteria", value, error)
    value = get("samplingPercentage", UNSET)
    if type(value) is int or absent(value):
        self.sampling_percentage = value
    else:
        try:
            self.sampling_percentage = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "sampling_percentage", value, error)
    self.sampling_time = get("samplingTime", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectListItemDeliverySettings._wire_fields}


setattr(
    AbtestsSubjectListItemDeliverySettings, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
AbtestsSubjectListItemDeliverySettings._wire_names = {
    "send_on": "sendOn",
    "winner_mode": "winnerMode",
    "winning_criteria": "winningCriteria",
    "sampling_percentage": "samplingPercentage",
    "sampling_time": "samplingTime",
}
AbtestsSubjectListItemDeliverySettings._wire_fields = frozenset(
    AbtestsSubjectListItemDeliverySettings._wire_names.values()
)
AbtestsSubjectListItemDeliverySettings._decoders = {
    "send_on": _decode_send_on,
    "winner_mode": _decode_winner_mode,
    "winning_criteria": _decode_winning_criteria,
    "sampling_percentage": wire_int,
    "sampling_time": None,
}
AbtestsSubjectListItemDeliverySettings._extra_decoder = _decode_additional_properties
_members_winner_mode = enum_members(AbtestsSubjectListItemDeliverySettingsWinnerMode)
_members_winning_criteria = enum_members(AbtestsSubjectListItemDeliverySettingsWinningCriteria)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_list_item_delivery_settings_send_on import AbtestsSubjectListItemDeliverySettingsSendOn  # noqa: E402
