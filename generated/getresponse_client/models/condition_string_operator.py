from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_string_operator_operator import ConditionStringOperatorOperator
from ..models.condition_string_operator_operator_type import ConditionStringOperatorOperatorType

T = TypeVar("T", bound="ConditionStringOperator")


@_attrs_define
class ConditionStringOperator(WireModel):
    """
    Example:
        {'operatorType': 'string_operator', 'operator': 'starts', 'value': 'new'}

    Attributes:
        operator_type (ConditionStringOperatorOperatorType):  Example: string_operator.
        operator (ConditionStringOperatorOperator):  Example: is_not.
        value (str):  Example: new.
    """

    operator_type: ConditionStringOperatorOperatorType
    operator: ConditionStringOperatorOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        operator_type = self.operator_type.value

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operatorType": operator_type,
                "operator": operator,
                "value": value,
            }
        )

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


def _decode_operator_type(d: Mapping[str, Any]) -> ConditionStringOperatorOperatorType:
    operator_type = ConditionStringOperatorOperatorType(d["operatorType"])

    return operator_type


def _decode_operator(d: Mapping[str, Any]) -> ConditionStringOperatorOperator:
    operator = ConditionStringOperatorOperator(d["operator"])

    return operator


def _decode_value(d: Mapping[str, Any]) -> str:
    value: str = d["value"]
    return value


def _encode_operator_type(self: ConditionStringOperator) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _encode_operator(self: ConditionStringOperator) -> Any:
    operator = self.operator.value
    return operator


def _encode_value(self: ConditionStringOperator) -> Any:
    value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ConditionStringOperator._wire_fields}


ConditionStringOperator._wire_names = {
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
}
ConditionStringOperator._wire_fields = frozenset(ConditionStringOperator._wire_names.values())
ConditionStringOperator._decoders = {
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
ConditionStringOperator._encoders = {
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "value": _encode_value,
}
