from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.goal_condition_operator import GoalConditionOperator
from ..models.goal_condition_operator_type import GoalConditionOperatorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoalCondition")


@_attrs_define
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

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        operator_type = self.operator_type.value

        operator = self.operator.value

        scope = self.scope

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "operatorType": operator_type,
                "operator": operator,
                "scope": scope,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_condition_type(d: Mapping[str, Any]) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(d["conditionType"])

    return condition_type


def _decode_operator_type(d: Mapping[str, Any]) -> GoalConditionOperatorType:
    operator_type = GoalConditionOperatorType(d["operatorType"])

    return operator_type


def _decode_operator(d: Mapping[str, Any]) -> GoalConditionOperator:
    operator = GoalConditionOperator(d["operator"])

    return operator


def _decode_scope(d: Mapping[str, Any]) -> str:
    scope: str = d["scope"]
    return scope


def _decode_value(d: Mapping[str, Any]) -> int | Unset:
    value: int | Unset = d.get("value", UNSET)
    return value


def _encode_condition_type(self: GoalCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_operator_type(self: GoalCondition) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _encode_operator(self: GoalCondition) -> Any:
    operator = self.operator.value
    return operator


def _encode_scope(self: GoalCondition) -> Any:
    scope = self.scope
    return scope


def _encode_value(self: GoalCondition) -> Any:
    value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GoalCondition._wire_fields}


GoalCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "scope": "scope",
    "value": "value",
}
GoalCondition._wire_fields = frozenset(GoalCondition._wire_names.values())
GoalCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "scope": _decode_scope,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
GoalCondition._encoders = {
    "condition_type": _encode_condition_type,
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "scope": _encode_scope,
    "value": _encode_value,
}
