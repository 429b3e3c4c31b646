from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AbtestsSubjectListItemDeliverySettings(WireModel):
    """The A/B test delivery settings

    Attributes:
        send_on (AbtestsSubjectListItemDeliverySettingsSendOn | Unset): Date the newsletter was sent on
        winner_mode (AbtestsSubjectListItemDeliverySettingsWinnerMode | Unset): A/B test winner selection mode
        winning_criteria (AbtestsSubjectListItemDeliverySettingsWinningCriteria | Unset): A/B test winning criteria
        sampling_percentage (int | Unset): Size of the test (sampling) group, expressed as a percentage.
        sampling_time (None | str | Unset): A/B testing phase duration. Example: 86400.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    send_on: AbtestsSubjectListItemDeliverySettingsSendOn | Unset = UNSET
    winner_mode: AbtestsSubjectListItemDeliverySettingsWinnerMode | Unset = UNSET
    winning_criteria: AbtestsSubjectListItemDeliverySettingsWinningCriteria | Unset = UNSET
    sampling_percentage: int | Unset = UNSET
    sampling_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_list_item_delivery_settings_send_on import AbtestsSubjectListItemDeliverySettingsSendOn  # noqa: E402

bind_fields(
    AbtestsSubjectListItemDeliverySettings,
    {
        "send_on": WireField("sendOn", decode=AbtestsSubjectListItemDeliverySettingsSendOn.from_dict, keep=True),
        "winner_mode": WireField("winnerMode", enum=AbtestsSubjectListItemDeliverySettingsWinnerMode),
        "winning_criteria": WireField("winningCriteria", enum=AbtestsSubjectListItemDeliverySettingsWinningCriteria),
        "sampling_percentage": WireField("samplingPercentage", decode=wire_int),
        "sampling_time": WireField("samplingTime"),
    },
    additional_properties=True,
)
