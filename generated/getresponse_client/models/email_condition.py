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

from ..models.condition_string_operator_operator import ConditionStringOperatorOperator
from ..models.condition_string_operator_operator_type import ConditionStringOperatorOperatorType
from ..models.condition_type_condition_type import ConditionTypeConditionType


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class EmailCondition(WireModel):
    """
    Example:
        {'conditionType': 'email', 'operatorType': 'string_operator', 'operator': 'contains', 'value': 'john'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ConditionStringOperatorOperatorType):  Example: string_operator.
        operator (ConditionStringOperatorOperator):  Example: is_not.
        value (str):  Example: new.
    """

    condition_type: ConditionTypeConditionType
    operator_type: ConditionStringOperatorOperatorType
    operator: ConditionStringOperatorOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in EmailCondition._wire_fields}


EmailCondition._extra_decoder = _decode_additional_properties

bind_fields(
    EmailCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "operator_type": WireField("operatorType", required=True, enum=ConditionStringOperatorOperatorType),
        "operator": WireField("operator", required=True, enum=ConditionStringOperatorOperator),
        "value": WireField("value", required=True),
    },
    additional_properties=True,
)
