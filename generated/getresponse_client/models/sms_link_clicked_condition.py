from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..types import UNSET


@_attrs_define
class SmsLinkClickedCondition(WireModel):
    """Find contacts who clicked a link from an SMS

    Example:
        {'conditionType': 'sms_link_clicked', 'smsId': 'ZTo', 'clickTrackId': 'ABc'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        sms_id (str): The SMS message ID Example: ZTo.
        click_track_id (str): The click track ID Example: ABc.
    """

    condition_type: ConditionTypeConditionType
    sms_id: str
    click_track_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _from_dict(cls: type[SmsLinkClickedCondition], src_dict: Mapping[str, Any]) -> SmsLinkClickedCondition:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("conditionType", UNSET)
    if value is UNSET:
        not_in_response(self, "condition_type")
    elif type(value) is str:
        try:
            self.condition_type = _members_condition_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.condition_type = ConditionTypeConditionType(value)
    elif absent(value):
        self.condition_type = value
    else:
        try:
            self.condition_type = _decode_condition_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "condition_type", value, error)
    value = get("smsId", UNSET)
    if value is UNSET:
        not_in_response(self, "sms_id")
    else:
        self.sms_id = value
    value = get("clickTrackId", UNSET)
    if value is UNSET:
        not_in_response(self, "click_track_id")
    else:
        self.click_track_id = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsLinkClickedCondition._wire_fields}


setattr(SmsLinkClickedCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsLinkClickedCondition._wire_names = {
    "condition_type": "conditionType",
    "sms_id": "smsId",
    "click_track_id": "clickTrackId",
}
SmsLinkClickedCondition._wire_fields = frozenset(SmsLinkClickedCondition._wire_names.values())
SmsLinkClickedCondition._decoders = {
    "condition_type": _decode_condition_type,
    "sms_id": None,
    "click_track_id": None,
}
SmsLinkClickedCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
