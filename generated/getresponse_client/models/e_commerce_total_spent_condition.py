from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_total_spent_condition_operator import ECommerceTotalSpentConditionOperator
from ..models.e_commerce_total_spent_condition_operator_type import ECommerceTotalSpentConditionOperatorType
from ..models.e_commerce_total_spent_condition_scope_type_0 import ECommerceTotalSpentConditionScopeType0

if TYPE_CHECKING:
    from ..models.e_commerce_total_spent_condition_date import ECommerceTotalSpentConditionDate


T = TypeVar("T", bound="ECommerceTotalSpentCondition")


@_attrs_define
class ECommerceTotalSpentCondition(WireModel):
    """Search contacts by total spent.

    Example:
        {'conditionType': 'ecommerce_total_spent', 'scope': 'all', 'operatorType': 'numeric_operator', 'operator':
            'numeric_eq', 'value': 7, 'currency': 'USD', 'date': {'operator': 'anytime'}}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ECommerceTotalSpentConditionOperatorType):  Example: numeric_operator.
        operator (ECommerceTotalSpentConditionOperator):  Example: numeric_eq.
        scope (Any | ECommerceTotalSpentConditionScopeType0): The condition limiting the searched shop Example: Zto.
        value (float):  Example: 7.00.
        currency (str): The currency code according to ISO 4217, i.e. Example: USD.
        date (ECommerceTotalSpentConditionDate): Limit search by date range
    """

    condition_type: ConditionTypeConditionType
    operator_type: ECommerceTotalSpentConditionOperatorType
    operator: ECommerceTotalSpentConditionOperator
    scope: Any | ECommerceTotalSpentConditionScopeType0
    value: float
    currency: str
    date: ECommerceTotalSpentConditionDate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        operator_type = self.operator_type.value

        operator = self.operator.value

        scope: Any | str
        if isinstance(self.scope, ECommerceTotalSpentConditionScopeType0):
            scope = self.scope.value
        else:
            scope = self.scope

        value = self.value

        currency = self.currency

        date = self.date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "operatorType": operator_type,
                "operator": operator,
                "scope": scope,
                "value": value,
                "currency": currency,
                "date": date,
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


def _decode_operator_type(d: Mapping[str, Any]) -> ECommerceTotalSpentConditionOperatorType:
    operator_type = ECommerceTotalSpentConditionOperatorType(d["operatorType"])

    return operator_type


def _decode_operator(d: Mapping[str, Any]) -> ECommerceTotalSpentConditionOperator:
    operator = ECommerceTotalSpentConditionOperator(d["operator"])

    return operator


def _decode_scope(d: Mapping[str, Any]) -> Any | ECommerceTotalSpentConditionScopeType0:
    def _parse_scope(data: object) -> Any | ECommerceTotalSpentConditionScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            scope_type_0 = ECommerceTotalSpentConditionScopeType0(data)

            return scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | ECommerceTotalSpentConditionScopeType0, data)

    scope = _parse_scope(d["scope"])

    return scope


def _decode_value(d: Mapping[str, Any]) -> float:
    value: float = d["value"]
    return value


def _decode_currency(d: Mapping[str, Any]) -> str:
    currency: str = d["currency"]
    return currency


def _decode_date(d: Mapping[str, Any]) -> ECommerceTotalSpentConditionDate:
    from ..models.e_commerce_total_spent_condition_date import ECommerceTotalSpentConditionDate  # noqa: PLC0415

    date = ECommerceTotalSpentConditionDate.from_dict(d["date"])

    return date


def _encode_condition_type(self: ECommerceTotalSpentCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _encode_operator_type(self: ECommerceTotalSpentCondition) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _encode_operator(self: ECommerceTotalSpentCondition) -> Any:
    operator = self.operator.value
    return operator


def _encode_scope(self: ECommerceTotalSpentCondition) -> Any:
    scope: Any | str
    if isinstance(self.scope, ECommerceTotalSpentConditionScopeType0):
        scope = self.scope.value
    else:
        scope = self.scope
    return scope


def _encode_value(self: ECommerceTotalSpentCondition) -> Any:
    value = self.value
    return value


def _encode_currency(self: ECommerceTotalSpentCondition) -> Any:
    currency = self.currency
    return currency


def _encode_date(self: ECommerceTotalSpentCondition) -> Any:
    date = self.date.to_dict()
    return date


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceTotalSpentCondition._wire_fields}


ECommerceTotalSpentCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "scope": "scope",
    "value": "value",
    "currency": "currency",
    "date": "date",
}
ECommerceTotalSpentCondition._wire_fields = frozenset(ECommerceTotalSpentCondition._wire_names.values())
ECommerceTotalSpentCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "scope": _decode_scope,
    "value": _decode_value,
    "currency": _decode_currency,
    "date": _decode_date,
    "additional_properties": _decode_additional_properties,
}
ECommerceTotalSpentCondition._encoders = {
    "condition_type": _encode_condition_type,
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "scope": _encode_scope,
    "value": _encode_value,
    "currency": _encode_currency,
    "date": _encode_date,
}
