from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

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
from ..models.link_clicked_condition_click_track_id_type_0 import LinkClickedConditionClickTrackIdType0
from ..models.link_clicked_condition_operator_type import LinkClickedConditionOperatorType
from ..models.message_type_operator import MessageTypeOperator
from ..types import UNSET


@_attrs_define
class LinkClickedCondition(WireModel):
    """Search contacts that clicked on a link.

    Example:
        {'conditionType': 'clicked', 'operatorType': 'message_operator', 'operator': 'autoresponder', 'scope': 'SGNLr',
            'clickTrackId': 'all'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (LinkClickedConditionOperatorType):  Example: message_operator.
        operator (MessageTypeOperator): The type of message. Example: autoresponder.
        scope (str): The message identifier Example: SGNLr.
        click_track_id (LinkClickedConditionClickTrackIdType0 | str):
    """

    condition_type: ConditionTypeConditionType
    operator_type: LinkClickedConditionOperatorType
    operator: MessageTypeOperator
    scope: str
    click_track_id: LinkClickedConditionClickTrackIdType0 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_operator_type(json_value_: Any) -> LinkClickedConditionOperatorType:
    operator_type = LinkClickedConditionOperatorType(json_value_)

    return operator_type


def _decode_operator(json_value_: Any) -> MessageTypeOperator:
    operator = MessageTypeOperator(json_value_)

    return operator


def _decode_click_track_id(json_value_: Any) -> LinkClickedConditionClickTrackIdType0 | str:
    def _parse_click_track_id(data: object) -> LinkClickedConditionClickTrackIdType0 | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            click_track_id_type_0 = LinkClickedConditionClickTrackIdType0(data)

            return click_track_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(LinkClickedConditionClickTrackIdType0 | str, data)

    click_track_id = _parse_click_track_id(json_value_)

    return click_track_id


def _from_dict(cls: type[LinkClickedCondition], src_dict: Mapping[str, Any]) -> LinkClickedCondition:
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
    value = get("operatorType", UNSET)
    if value is UNSET:
        not_in_response(self, "operator_type")
    elif type(value) is str:
        try:
            self.operator_type = _members_operator_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator_type = LinkClickedConditionOperatorType(value)
    elif absent(value):
        self.operator_type = value
    else:
        try:
            self.operator_type = _decode_operator_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator_type", value, error)
    value = get("operator", UNSET)
    if value is UNSET:
        not_in_response(self, "operator")
    elif type(value) is str:
        try:
            self.operator = _members_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator = MessageTypeOperator(value)
    elif absent(value):
        self.operator = value
    else:
        try:
            self.operator = _decode_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator", value, error)
    value = get("scope", UNSET)
    if value is UNSET:
        not_in_response(self, "scope")
    else:
        self.scope = value
    value = get("clickTrackId", UNSET)
    if value is UNSET:
        not_in_response(self, "click_track_id")
    elif absent(value):
        self.click_track_id = value
    else:
        try:
            self.click_track_id = _decode_click_track_id(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "click_track_id", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LinkClickedCondition._wire_fields}


setattr(LinkClickedCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
LinkClickedCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "scope": "scope",
    "click_track_id": "clickTrackId",
}
LinkClickedCondition._wire_fields = frozenset(LinkClickedCondition._wire_names.values())
LinkClickedCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "scope": None,
    "click_track_id": _decode_click_track_id,
}
LinkClickedCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator_type = enum_members(LinkClickedConditionOperatorType)
_members_operator = enum_members(MessageTypeOperator)
