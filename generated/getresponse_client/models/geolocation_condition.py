from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_string_operator_operator import ConditionStringOperatorOperator
from ..models.condition_string_operator_operator_type import ConditionStringOperatorOperatorType
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.geolocation_condition_scope import GeolocationConditionScope

T = TypeVar("T", bound="GeolocationCondition")


@_attrs_define
class GeolocationCondition(WireModel):
    """Search contacts by geolocation.

    Example:
        {'conditionType': 'geo', 'operatorType': 'string_operator', 'operator': 'starts', 'value': 'New', 'scope':
            'city'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ConditionStringOperatorOperatorType):  Example: string_operator.
        operator (ConditionStringOperatorOperator):  Example: is_not.
        value (str):  Example: new.
        scope (GeolocationConditionScope): Specify the search parameters Example: city.
    """

    condition_type: ConditionTypeConditionType
    operator_type: ConditionStringOperatorOperatorType
    operator: ConditionStringOperatorOperator
    value: str
    scope: GeolocationConditionScope
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        operator_type = self.operator_type.value

        operator = self.operator.value

        value = self.value

        scope = self.scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "operatorType": operator_type,
                "operator": operator,
                "value": value,
                "scope": scope,
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


def _decode_condition_type(d: Mapping[str, Any]) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(d["conditionType"])

    return condition_type


def _decode_operator_type(d: Mapping[str, Any]) -> ConditionStringOperatorOperatorType:
    operator_type = ConditionStringOperatorOperatorType(d["operatorType"])

    return operator_type


def _decode_operator(d: Mapping[str, Any]) -> ConditionStringOperatorOperator:
    operator = ConditionStringOperatorOperator(d["operator"])

    return operator


def _decode_value(d: Mapping[str, Any]) -> str:
    value: str = d["value"]
    return value


def _decode_scope(d: Mapping[str, Any]) -> GeolocationConditionScope:
    scope = GeolocationConditionScope(d["scope"])

    return scope


def _encode_condition_type(self: GeolocationCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_operator_type(self: GeolocationCondition) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _encode_operator(self: GeolocationCondition) -> Any:
    operator = self.operator.value
    return operator


def _encode_value(self: GeolocationCondition) -> Any:
    value = self.value
    return value


def _encode_scope(self: GeolocationCondition) -> Any:
    scope = self.scope.value
    return scope


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeolocationCondition._wire_fields}


GeolocationCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
    "scope": "scope",
}
GeolocationCondition._wire_fields = frozenset(GeolocationCondition._wire_names.values())
GeolocationCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": _decode_value,
    "scope": _decode_scope,
    "additional_properties": _decode_additional_properties,
}
GeolocationCondition._encoders = {
    "condition_type": _encode_condition_type,
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "value": _encode_value,
    "scope": _encode_scope,
}
