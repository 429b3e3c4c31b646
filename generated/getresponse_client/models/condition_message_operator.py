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

from ..models.condition_message_operator_operator_type import ConditionMessageOperatorOperatorType
from ..models.message_type_operator import MessageTypeOperator
from ..types import UNSET


@_attrs_define
class ConditionMessageOperator(WireModel):
    """The operator allows searching by message type.

    Example:
        {'operatorType': 'message_operator', 'operator': 'autoresponder', 'value': 'SGNLr'}

    Attributes:
        operator_type (ConditionMessageOperatorOperatorType):  Example: message_operator.
        operator (MessageTypeOperator): The type of message. Example: autoresponder.
        value (str): The identifier of a selected resource: autoresponder, newsletter, split test or automation message
            Example: SGNLr.
    """

    operator_type: ConditionMessageOperatorOperatorType
    operator: MessageTypeOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_operator_type(json_value_: Any) -> ConditionMessageOperatorOperatorType:
    operator_type = ConditionMessageOperatorOperatorType(json_value_)

    return operator_type


def _decode_operator(json_value_: Any) -> MessageTypeOperator:
    operator = MessageTypeOperator(json_value_)

    return operator


def _from_dict(cls: type[ConditionMessageOperator], src_dict: Mapping[str, Any]) -> ConditionMessageOperator:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("operatorType", UNSET)
    if value is UNSET:
        not_in_response(self, "operator_type")
    elif type(value) is str:
        try:
            self.operator_type = _members_operator_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator_type = ConditionMessageOperatorOperatorType(value)
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
    value = get("value", UNSET)
    if value is UNSET:
        not_in_response(self, "value")
    else:
        self.value = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ConditionMessageOperator._wire_fields}


setattr(ConditionMessageOperator, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ConditionMessageOperator._wire_names = {
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
}
ConditionMessageOperator._wire_fields = frozenset(ConditionMessageOperator._wire_names.values())
ConditionMessageOperator._decoders = {
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": None,
}
ConditionMessageOperator._extra_decoder = _decode_additional_properties
_members_operator_type = enum_members(ConditionMessageOperatorOperatorType)
_members_operator = enum_members(MessageTypeOperator)
