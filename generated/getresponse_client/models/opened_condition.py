from __future__ import annotations

from typing import TYPE_CHECKING, Any

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: ConditionMessageOperatorOperatorType
    operator: MessageTypeOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
