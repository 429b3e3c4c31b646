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
from ..models.message_not_sent_condition_operator_type import MessageNotSentConditionOperatorType
from ..models.message_type_operator import MessageTypeOperator


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class MessageNotSentCondition(WireModel):
    """Search contacts who didn't receive a certain message.

    Example:
        {'conditionType': 'not_sent', 'operatorType': 'message_operator', 'operator': 'autoresponder', 'value': 'z4Zje'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (MessageNotSentConditionOperatorType):  Example: message_operator.
        operator (MessageTypeOperator): The type of message. Example: autoresponder.
        value (str): The message identifier Example: z4Zje.
    """

    condition_type: ConditionTypeConditionType
    operator_type: MessageNotSentConditionOperatorType
    operator: MessageTypeOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageNotSentCondition._wire_fields}


MessageNotSentCondition._extra_decoder = _decode_additional_properties

bind_fields(
    MessageNotSentCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=MessageNotSentConditionOperatorType),
        "operator": WireField("operator", required=True, enum=MessageTypeOperator),
        "value": WireField("value", required=True),
    },
    additional_properties=True,
)
