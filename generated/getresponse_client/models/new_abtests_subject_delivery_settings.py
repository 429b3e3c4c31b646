from __future__ import annotations

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewAbtestsSubjectDeliverySettings(WireModel):
    """The A/B test delivery settings

    Attributes:
        send_on (NewAbtestsSubjectDeliverySettingsSendOn): Date the newsletter was sent on
        winner_mode (NewAbtestsSubjectDeliverySettingsWinnerMode): A/B test winner selection mode
        winning_criteria (NewAbtestsSubjectDeliverySettingsWinningCriteria): A/B test winning criteria
        sampling_time (None | str): A/B testing phase duration. Example: P0Y0M0DT5H30M0S.
        sampling_percentage (int | Unset): Size of the test (sampling) group, expressed as a percentage.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    send_on: NewAbtestsSubjectDeliverySettingsSendOn
    winner_mode: NewAbtestsSubjectDeliverySettingsWinnerMode
    winning_criteria: NewAbtestsSubjectDeliverySettingsWinningCriteria
    sampling_time: None | str
    sampling_percentage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewAbtestsSubjectDeliverySettingsDict(TypedDict, total=False):
    """NewAbtestsSubjectDeliverySettings as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    sendOn: Required[NewAbtestsSubjectDeliverySettingsSendOn | NewAbtestsSubjectDeliverySettingsSendOnDict]
    winnerMode: Required[NewAbtestsSubjectDeliverySettingsWinnerMode | str]
    winningCriteria: Required[NewAbtestsSubjectDeliverySettingsWinningCriteria | str]
    samplingTime: Required[str | None]
    samplingPercentage: int


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
