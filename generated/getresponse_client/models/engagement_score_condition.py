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
from ..models.engagement_score_condition_operator import EngagementScoreConditionOperator


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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

    condition_type: ConditionTypeConditionType
    operator: EngagementScoreConditionOperator
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in EngagementScoreCondition._wire_fields}


EngagementScoreCondition._extra_decoder = _decode_additional_properties

bind_fields(
    EngagementScoreCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator": WireField("operator", required=True, enum=EngagementScoreConditionOperator),
        "value": WireField("value", required=True, decode=wire_int),
    },
    additional_properties=True,
)
