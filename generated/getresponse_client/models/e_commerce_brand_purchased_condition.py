from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_brand_purchased_condition_operator import ECommerceBrandPurchasedConditionOperator
from ..models.e_commerce_brand_purchased_condition_operator_type import ECommerceBrandPurchasedConditionOperatorType

T = TypeVar("T", bound="ECommerceBrandPurchasedCondition")


@_attrs_define
class ECommerceBrandPurchasedCondition(WireModel):
    """Search contacts by brand purchased.

    Example:
        {'conditionType': 'ecommerce_brand_purchased', 'scope': 'ZTo', 'operatorType': 'equal_operator', 'operator':
            'is', 'value': 'GetResponse'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        scope (str): The shop identifier Example: ZTo.
        operator_type (ECommerceBrandPurchasedConditionOperatorType):  Example: equal_operator.
        operator (ECommerceBrandPurchasedConditionOperator):  Example: is.
        value (str):  Example: GetResponse.
    """

    condition_type: ConditionTypeConditionType
    scope: str
    operator_type: ECommerceBrandPurchasedConditionOperatorType
    operator: ECommerceBrandPurchasedConditionOperator
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        scope = self.scope

        operator_type = self.operator_type.value

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "scope": scope,
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


def _decode_condition_type(d: Mapping[str, Any]) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(d["conditionType"])

    return condition_type


def _decode_scope(d: Mapping[str, Any]) -> str:
    scope: str = d["scope"]
    return scope


def _decode_operator_type(d: Mapping[str, Any]) -> ECommerceBrandPurchasedConditionOperatorType:
    operator_type = ECommerceBrandPurchasedConditionOperatorType(d["operatorType"])

    return operator_type


def _decode_operator(d: Mapping[str, Any]) -> ECommerceBrandPurchasedConditionOperator:
    operator = ECommerceBrandPurchasedConditionOperator(d["operator"])

    return operator


def _decode_value(d: Mapping[str, Any]) -> str:
    value: str = d["value"]
    return value


def _encode_condition_type(self: ECommerceBrandPurchasedCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_scope(self: ECommerceBrandPurchasedCondition) -> Any:
    scope = self.scope
    return scope


def _encode_operator_type(self: ECommerceBrandPurchasedCondition) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _encode_operator(self: ECommerceBrandPurchasedCondition) -> Any:
    operator = self.operator.value
    return operator


def _encode_value(self: ECommerceBrandPurchasedCondition) -> Any:
    value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceBrandPurchasedCondition._wire_fields}


ECommerceBrandPurchasedCondition._wire_names = {
    "condition_type": "conditionType",
    "scope": "scope",
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
}
ECommerceBrandPurchasedCondition._wire_fields = frozenset(ECommerceBrandPurchasedCondition._wire_names.values())
ECommerceBrandPurchasedCondition._decoders = {
    "condition_type": _decode_condition_type,
    "scope": _decode_scope,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
ECommerceBrandPurchasedCondition._encoders = {
    "condition_type": _encode_condition_type,
    "scope": _encode_scope,
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "value": _encode_value,
}
