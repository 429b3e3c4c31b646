from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewAbtestsSubjectDeliverySettings._wire_fields}


class NewAbtestsSubjectDeliverySettingsDict(TypedDict, total=False):
    """NewAbtestsSubjectDeliverySettings as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    sendOn: Required[NewAbtestsSubjectDeliverySettingsSendOn | NewAbtestsSubjectDeliverySettingsSendOnDict]
    winnerMode: Required[NewAbtestsSubjectDeliverySettingsWinnerMode | str]
    winningCriteria: Required[NewAbtestsSubjectDeliverySettingsWinningCriteria | str]
    samplingTime: Required[str | None]
    samplingPercentage: int


NewAbtestsSubjectDeliverySettings._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_abtests_subject_delivery_settings_send_on import NewAbtestsSubjectDeliverySettingsSendOn  # noqa: E402

bind_fields(
    NewAbtestsSubjectDeliverySettings,
    {
        "send_on": WireField(
            "sendOn", required=True, decode=NewAbtestsSubjectDeliverySettingsSendOn.from_dict, keep=True
        ),
        "winner_mode": WireField("winnerMode", required=True, enum=NewAbtestsSubjectDeliverySettingsWinnerMode),
        "winning_criteria": WireField(
            "winningCriteria", required=True, enum=NewAbtestsSubjectDeliverySettingsWinningCriteria
        ),
        "sampling_time": WireField("samplingTime", required=True),
        "sampling_percentage": WireField("samplingPercentage", decode=wire_int),
    },
    additional_properties=True,
)
