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

from ..models.condition_message_operator_operator_type import ConditionMessageOperatorOperatorType
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.message_type_operator import MessageTypeOperator


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class OpenedCondition(WireModel):
    """Search contacts who did open a message.

    Example:
        {'conditionType': 'opened', 'operatorType': 'message_operator', 'operator': 'autoresponder', 'value': 'SGNLr:'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ConditionMessageOperatorOperatorType):  Example: message_operator.
        operator (MessageTypeOperator): The type of message. Example: autoresponder.
        value (str): The identifier of a selected resource: autoresponder, newsletter, split test or automation message
            Example: SGNLr.
    """

    condition_type: ConditionTypeConditionType
    operator_type: ConditionMessageOperatorOperatorType
    operator: MessageTypeOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in OpenedCondition._wire_fields}


OpenedCondition._extra_decoder = _decode_additional_properties

bind_fields(
    OpenedCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=ConditionMessageOperatorOperatorType),
        "operator": WireField("operator", required=True, enum=MessageTypeOperator),
        "value": WireField("value", required=True),
    },
    additional_properties=True,
)
