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
from ..models.message_sent_condition_operator_type import MessageSentConditionOperatorType
from ..models.message_type_operator import MessageTypeOperator


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageSentCondition._wire_fields}


MessageSentCondition._extra_decoder = _decode_additional_properties

bind_fields(
    MessageSentCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=MessageSentConditionOperatorType),
        "operator": WireField("operator", required=True, enum=MessageTypeOperator),
        "value": WireField("value", required=True),
    },
    additional_properties=True,
)
