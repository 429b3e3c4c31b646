from __future__ import annotations

from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectListItemDeliverySettings._wire_fields}


AbtestsSubjectListItemDeliverySettings._extra_decoder = _decode_additional_properties

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
