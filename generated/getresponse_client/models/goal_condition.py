from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.goal_condition_operator import GoalConditionOperator
from ..models.goal_condition_operator_type import GoalConditionOperatorType
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class GoalCondition(WireModel):
    """Search contacts by a defined goal.

    Example:
        {'conditionType': 'goal', 'operatorType': 'numeric_operator', 'operator': 'numeric_lt', 'value': '5', 'scope':
            'p22'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (GoalConditionOperatorType):  Example: numeric_operator.
        operator (GoalConditionOperator): The relational and existence operator. Example: numeric_lt.
        scope (str): The goal identifier Example: p22.
        value (int | Unset): The value to be compared for the relational operator. Example: 5.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator_type: GoalConditionOperatorType
    operator: GoalConditionOperator
    scope: str
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    GoalCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=GoalConditionOperatorType),
        "operator": WireField("operator", required=True, enum=GoalConditionOperator),
        "scope": WireField("scope", required=True),
        "value": WireField("value", decode=wire_int),
    },
    additional_properties=True,
)
