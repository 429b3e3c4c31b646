from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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

    condition_type: ConditionTypeConditionType
    operator_type: GoalConditionOperatorType
    operator: GoalConditionOperator
    scope: str
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GoalCondition._wire_fields}


GoalCondition._extra_decoder = _decode_additional_properties

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
