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
from ..models.engagement_score_condition_operator import EngagementScoreConditionOperator


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class EngagementScoreCondition(WireModel):
    """Search contacts by their engagement score

    Example:
        {'conditionType': 'engagement_score', 'operatorType': 'numeric_operator', 'operator': 'numeric_lt', 'value': 5}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator (EngagementScoreConditionOperator): The operator used in engagement score comparison Example:
            numeric_lt.
        value (int): The condition value Example: 5.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    operator: EngagementScoreConditionOperator
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    EngagementScoreCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator": WireField("operator", required=True, enum=EngagementScoreConditionOperator),
        "value": WireField("value", required=True, decode=wire_int),
    },
    additional_properties=True,
)
