from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.new_abtests_subject_delivery_settings_winner_mode import NewAbtestsSubjectDeliverySettingsWinnerMode
from ..models.new_abtests_subject_delivery_settings_winning_criteria import (
    NewAbtestsSubjectDeliverySettingsWinningCriteria,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_abtests_subject_delivery_settings_send_on import NewAbtestsSubjectDeliverySettingsSendOn


T = TypeVar("T", bound="NewAbtestsSubjectDeliverySettings")


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

    def _encode(self) -> dict[str, Any]:
        send_on = self.send_on.to_dict()

        winner_mode = self.winner_mode.value

        winning_criteria = self.winning_criteria.value

        sampling_time: None | str
        sampling_time = self.sampling_time

        sampling_percentage = self.sampling_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sendOn": send_on,
                "winnerMode": winner_mode,
                "winningCriteria": winning_criteria,
                "samplingTime": sampling_time,
            }
        )
        if sampling_percentage is not UNSET:
            field_dict["samplingPercentage"] = sampling_percentage

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


def _decode_send_on(d: Mapping[str, Any]) -> NewAbtestsSubjectDeliverySettingsSendOn:
    from ..models.new_abtests_subject_delivery_settings_send_on import NewAbtestsSubjectDeliverySettingsSendOn  # noqa: PLC0415

    send_on = NewAbtestsSubjectDeliverySettingsSendOn.from_dict(d["sendOn"])

    return send_on


def _decode_winner_mode(d: Mapping[str, Any]) -> NewAbtestsSubjectDeliverySettingsWinnerMode:
    winner_mode = NewAbtestsSubjectDeliverySettingsWinnerMode(d["winnerMode"])

    return winner_mode


def _decode_winning_criteria(d: Mapping[str, Any]) -> NewAbtestsSubjectDeliverySettingsWinningCriteria:
    winning_criteria = NewAbtestsSubjectDeliverySettingsWinningCriteria(d["winningCriteria"])

    return winning_criteria


def _decode_sampling_time(d: Mapping[str, Any]) -> None | str:
    def _parse_sampling_time(data: object) -> None | str:
        if data is None:
            return data
        return cast(None | str, data)

    sampling_time = _parse_sampling_time(d["samplingTime"])

    return sampling_time


def _decode_sampling_percentage(d: Mapping[str, Any]) -> int | Unset:
    sampling_percentage: int | Unset = d.get("samplingPercentage", UNSET)
    return sampling_percentage


def _encode_send_on(self: NewAbtestsSubjectDeliverySettings) -> Any:
    send_on = self.send_on.to_dict()
    return send_on


def _encode_winner_mode(self: NewAbtestsSubjectDeliverySettings) -> Any:
    winner_mode = self.winner_mode.value
    return winner_mode


def _encode_winning_criteria(self: NewAbtestsSubjectDeliverySettings) -> Any:
    winning_criteria = self.winning_criteria.value
    return winning_criteria


def _encode_sampling_time(self: NewAbtestsSubjectDeliverySettings) -> Any:
    sampling_time: None | str
    sampling_time = self.sampling_time
    return sampling_time


def _encode_sampling_percentage(self: NewAbtestsSubjectDeliverySettings) -> Any:
    sampling_percentage = self.sampling_percentage
    return sampling_percentage


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewAbtestsSubjectDeliverySettings._wire_fields}


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
    "sampling_time": _decode_sampling_time,
    "sampling_percentage": _decode_sampling_percentage,
    "additional_properties": _decode_additional_properties,
}
NewAbtestsSubjectDeliverySettings._encoders = {
    "send_on": _encode_send_on,
    "winner_mode": _encode_winner_mode,
    "winning_criteria": _encode_winning_criteria,
    "sampling_time": _encode_sampling_time,
    "sampling_percentage": _encode_sampling_percentage,
}
