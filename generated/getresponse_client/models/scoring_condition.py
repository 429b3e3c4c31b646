from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.scoring_condition_operator import ScoringConditionOperator
from ..models.scoring_condition_operator_type import ScoringConditionOperatorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoringCondition")


@_attrs_define
class ScoringCondition(WireModel):
    """Search contacts by scoring.

    Example:
        {'conditionType': 'score', 'operatorType': 'numeric_operator', 'operator': 'numeric_lt', 'value': 5}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ScoringConditionOperatorType):  Example: numeric_operator.
        operator (ScoringConditionOperator | Unset): The relational operator. Example: numeric_lt.
        value (int | Unset): This field is required for the relational operator, and prohibited for the not_exists
            operator type Example: 5.
    """

    condition_type: ConditionTypeConditionType
    operator_type: ScoringConditionOperatorType
    operator: ScoringConditionOperator | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        operator_type = self.operator_type.value

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "operatorType": operator_type,
            }
        )
        if operator is not UNSET:
            field_dict["operator"] = operator
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


def _decode_operator_type(d: Mapping[str, Any]) -> ScoringConditionOperatorType:
    operator_type = ScoringConditionOperatorType(d["operatorType"])

    return operator_type


def _decode_operator(d: Mapping[str, Any]) -> ScoringConditionOperator | Unset:
    _operator = d.get("operator", UNSET)
    operator: ScoringConditionOperator | Unset
    if isinstance(_operator, Unset):
        operator = UNSET
    else:
        operator = ScoringConditionOperator(_operator)

    return operator


def _decode_value(d: Mapping[str, Any]) -> int | Unset:
    value: int | Unset = d.get("value", UNSET)
    return value


def _encode_condition_type(self: ScoringCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_operator_type(self: ScoringCondition) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _encode_operator(self: ScoringCondition) -> Any:
    operator: str | Unset = UNSET
    if not isinstance(self.operator, Unset):
        operator = self.operator.value

    return operator


def _encode_value(self: ScoringCondition) -> Any:
    value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ScoringCondition._wire_fields}


ScoringCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
}
ScoringCondition._wire_fields = frozenset(ScoringCondition._wire_names.values())
ScoringCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
ScoringCondition._encoders = {
    "condition_type": _encode_condition_type,
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "value": _encode_value,
}
