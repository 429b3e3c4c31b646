from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_number_of_purchases_condition_operator import ECommerceNumberOfPurchasesConditionOperator
from ..models.e_commerce_number_of_purchases_condition_operator_type import (
    ECommerceNumberOfPurchasesConditionOperatorType,
)
from ..models.e_commerce_number_of_purchases_condition_scope_type_0 import ECommerceNumberOfPurchasesConditionScopeType0

if TYPE_CHECKING:
    from ..models.e_commerce_number_of_purchases_condition_date import ECommerceNumberOfPurchasesConditionDate


T = TypeVar("T", bound="ECommerceNumberOfPurchasesCondition")


@_attrs_define
class ECommerceNumberOfPurchasesCondition(WireModel):
    """Search contacts by the number of purchases.

    Example:
        {'conditionType': 'ecommerce_number_of_purchases', 'scope': 'all', 'operatorType': 'numeric_operator',
            'operator': 'numeric_eq', 'value': 7, 'date': {'operator': 'anytime'}}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ECommerceNumberOfPurchasesConditionOperatorType):  Example: numeric_operator.
        operator (ECommerceNumberOfPurchasesConditionOperator):  Example: numeric_eq.
        scope (Any | ECommerceNumberOfPurchasesConditionScopeType0): The condition limiting the searched shop Example:
            Zto.
        value (int):  Example: 7.
        date (ECommerceNumberOfPurchasesConditionDate): Limit search by date range
    """

    condition_type: ConditionTypeConditionType
    operator_type: ECommerceNumberOfPurchasesConditionOperatorType
    operator: ECommerceNumberOfPurchasesConditionOperator
    scope: Any | ECommerceNumberOfPurchasesConditionScopeType0
    value: int
    date: ECommerceNumberOfPurchasesConditionDate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        condition_type = self.condition_type.value

        operator_type = self.operator_type.value

        operator = self.operator.value

        scope: Any | str
        if isinstance(self.scope, ECommerceNumberOfPurchasesConditionScopeType0):
            scope = self.scope.value
        else:
            scope = self.scope

        value = self.value

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


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _encode_condition_type(self: ECommerceNumberOfPurchasesCondition) -> Any:
    condition_type = self.condition_type.value
    return condition_type


def _decode_operator_type(json_value_: Any) -> ECommerceNumberOfPurchasesConditionOperatorType:
    operator_type = ECommerceNumberOfPurchasesConditionOperatorType(json_value_)

    return operator_type


def _encode_operator_type(self: ECommerceNumberOfPurchasesCondition) -> Any:
    operator_type = self.operator_type.value
    return operator_type


def _decode_operator(json_value_: Any) -> ECommerceNumberOfPurchasesConditionOperator:
    operator = ECommerceNumberOfPurchasesConditionOperator(json_value_)

    return operator


def _encode_operator(self: ECommerceNumberOfPurchasesCondition) -> Any:
    operator = self.operator.value
    return operator


def _decode_scope(json_value_: Any) -> Any | ECommerceNumberOfPurchasesConditionScopeType0:
    def _parse_scope(data: object) -> Any | ECommerceNumberOfPurchasesConditionScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            scope_type_0 = ECommerceNumberOfPurchasesConditionScopeType0(data)

            return scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | ECommerceNumberOfPurchasesConditionScopeType0, data)

    scope = _parse_scope(json_value_)

    return scope


def _encode_scope(self: ECommerceNumberOfPurchasesCondition) -> Any:
    scope: Any | str
    if isinstance(self.scope, ECommerceNumberOfPurchasesConditionScopeType0):
        scope = self.scope.value
    else:
        scope = self.scope
    return scope


def _encode_value(self: ECommerceNumberOfPurchasesCondition) -> Any:
    value = self.value
    return value


def _decode_date(json_value_: Any) -> ECommerceNumberOfPurchasesConditionDate:
    date = ECommerceNumberOfPurchasesConditionDate.from_dict(json_value_)

    return date


def _encode_date(self: ECommerceNumberOfPurchasesCondition) -> Any:
    date = self.date.to_dict()
    return date


def _from_dict(
    cls: type[ECommerceNumberOfPurchasesCondition], src_dict: Mapping[str, Any]
) -> ECommerceNumberOfPurchasesCondition:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("conditionType", UNSET)
    if absent(value):
        self.condition_type = value
    else:
        try:
            self.condition_type = _decode_condition_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "condition_type", value, error)
    value = get("operatorType", UNSET)
    if absent(value):
        self.operator_type = value
    else:
        try:
            self.operator_type = _decode_operator_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator_type", value, error)
    value = get("operator", UNSET)
    if absent(value):
        self.operator = value
    else:
        try:
            self.operator = _decode_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator", value, error)
    value = get("scope", UNSET)
    if absent(value):
        self.scope = value
    else:
        try:
            self.scope = _decode_scope(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "scope", value, error)
    self.value = get("value", UNSET)
    value = get("date", UNSET)
    if absent(value):
        self.date = value
    else:
        try:
            self.date = _decode_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceNumberOfPurchasesCondition._wire_fields}


setattr(
    ECommerceNumberOfPurchasesCondition, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ECommerceNumberOfPurchasesCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "scope": "scope",
    "value": "value",
    "date": "date",
}
ECommerceNumberOfPurchasesCondition._wire_fields = frozenset(ECommerceNumberOfPurchasesCondition._wire_names.values())
ECommerceNumberOfPurchasesCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "scope": _decode_scope,
    "value": None,
    "date": _decode_date,
}
ECommerceNumberOfPurchasesCondition._encoders = {
    "condition_type": _encode_condition_type,
    "operator_type": _encode_operator_type,
    "operator": _encode_operator,
    "scope": _encode_scope,
    "value": _encode_value,
    "date": _encode_date,
}
ECommerceNumberOfPurchasesCondition._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.e_commerce_number_of_purchases_condition_date import ECommerceNumberOfPurchasesConditionDate  # noqa: E402
