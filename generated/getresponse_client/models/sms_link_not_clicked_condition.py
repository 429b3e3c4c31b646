from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SmsLinkNotClickedCondition(WireModel):
    """Find contacts who didn't click a link from an SMS

    Example:
        {'conditionType': 'sms_link_not_clicked', 'smsId': 'ZTo', 'clickTrackId': 'ABc'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        sms_id (str): The SMS message ID Example: ZTo.
        click_track_id (str): The click track ID Example: ABc.
    """

    condition_type: ConditionTypeConditionType
    sms_id: str
    click_track_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsLinkNotClickedCondition._wire_fields}


SmsLinkNotClickedCondition._extra_decoder = _decode_additional_properties

bind_fields(
    SmsLinkNotClickedCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "sms_id": WireField("smsId", required=True),
        "click_track_id": WireField("clickTrackId", required=True),
    },
    additional_properties=True,
)
