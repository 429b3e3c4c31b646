from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.message_sent_condition_operator_type import MessageSentConditionOperatorType
from ..models.message_type_operator import MessageTypeOperator

T = TypeVar("T", bound="MessageSentCondition")


@_attrs_define
class MessageSentCondition(WireModel):
    """Search contacts who received a certain message.

    Example:
        {'conditionType': 'sent', 'operatorType': 'message_operator', 'operator': 'autoresponder', 'value': 'zSFIB'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (MessageSentConditionOperatorType):  Example: message_operator.
        operator (MessageTypeOperator): The type of message. Example: autoresponder.
        value (str): The message identifier Example: zSFIB.
    """

    condition_type: ConditionTypeConditionType
    operator_type: MessageSentConditionOperatorType
    operator: MessageTypeOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        operator_type = self.operator_type.value

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "operatorType": operator_type,
                "operator": operator,
                "value": value,
            }
        )

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


def _decode_condition_type(d: Mapping[str, Any]) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(d["conditionType"])

    return condition_type


def _decode_operator_type(d: Mapping[str, Any]) -> MessageSentConditionOperatorType:
    operator_type = MessageSentConditionOperatorType(d["operatorType"])

    return operator_type


def _decode_operator(d: Mapping[str, Any]) -> MessageTypeOperator:
    operator = MessageTypeOperator(d["operator"])

    return operator


def _decode_value(d: Mapping[str, Any]) -> str:
    value: str = d["value"]
    return value


def _encode_condition_type(self: MessageSentCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_operator_type(self: MessageSentCondition) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _encode_operator(self: MessageSentCondition) -> Any:
    operator = self.operator.value
    return operator


def _encode_value(self: MessageSentCondition) -> Any:
    value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageSentCondition._wire_fields}


MessageSentCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
}
MessageSentCondition._wire_fields = frozenset(MessageSentCondition._wire_names.values())
MessageSentCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
MessageSentCondition._encoders = {
    "condition_type": _encode_condition_type,
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "value": _encode_value,
}
