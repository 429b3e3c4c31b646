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
from ..models.message_type_operator import MessageTypeOperator


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ConditionMessageOperator._wire_fields}


ConditionMessageOperator._extra_decoder = _decode_additional_properties

bind_fields(
    ConditionMessageOperator,
    {
        "operator_type": WireField("operatorType", required=True, enum=ConditionMessageOperatorOperatorType),
        "operator": WireField("operator", required=True, enum=MessageTypeOperator),
        "value": WireField("value", required=True),
    },
    additional_properties=True,
)
