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
from ..models.tag_condition_operator import TagConditionOperator
from ..models.tag_condition_operator_type import TagConditionOperatorType


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TagCondition(WireModel):
    """Search contacts by tag.

    Example:
        {'conditionType': 'tag', 'value': 'BB', 'operatorType': 'exists', 'operator': 'exists'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (TagConditionOperatorType): The operator for the existence of a property Example: exists.
        operator (TagConditionOperator): This operator verifies whether the property you are looking for exists or not
            Example: exists.
        value (str): The tag identifier Example: BB.
    """

    condition_type: ConditionTypeConditionType
    operator_type: TagConditionOperatorType
    operator: TagConditionOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TagCondition._wire_fields}


TagCondition._extra_decoder = _decode_additional_properties

bind_fields(
    TagCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=TagConditionOperatorType),
        "operator": WireField("operator", required=True, enum=TagConditionOperator),
        "value": WireField("value", required=True),
    },
    additional_properties=True,
)
