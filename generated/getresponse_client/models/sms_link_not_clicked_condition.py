from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SmsLinkNotClickedCondition(WireModel):
    """Find contacts who didn't click a link from an SMS

    Example:
        {'conditionType': 'sms_link_not_clicked', 'smsId': 'ZTo', 'clickTrackId': 'ABc'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        sms_id (str): The SMS message ID Example: ZTo.
        click_track_id (str): The click track ID Example: ABc.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    sms_id: str
    click_track_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    SmsLinkNotClickedCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "sms_id": WireField("smsId", required=True),
        "click_track_id": WireField("clickTrackId", required=True),
    },
    additional_properties=True,
)
