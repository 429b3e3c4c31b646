from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_total_spent_condition_operator import ECommerceTotalSpentConditionOperator
from ..models.e_commerce_total_spent_condition_operator_type import ECommerceTotalSpentConditionOperatorType
from ..models.e_commerce_total_spent_condition_scope_type_0 import ECommerceTotalSpentConditionScopeType0
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.e_commerce_total_spent_condition_date import ECommerceTotalSpentConditionDate


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


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_operator_type(json_value_: Any) -> ECommerceTotalSpentConditionOperatorType:
    operator_type = ECommerceTotalSpentConditionOperatorType(json_value_)

    return operator_type


def _decode_operator(json_value_: Any) -> ECommerceTotalSpentConditionOperator:
    operator = ECommerceTotalSpentConditionOperator(json_value_)

    return operator


def _decode_scope(json_value_: Any) -> Any | ECommerceTotalSpentConditionScopeType0:
    def _parse_scope(data: object) -> Any | ECommerceTotalSpentConditionScopeType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            scope_type_0 = ECommerceTotalSpentConditionScopeType0(data)

            return scope_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | ECommerceTotalSpentConditionScopeType0, data)

    scope = _parse_scope(json_value_)

    return scope


def _decode_date(json_value_: Any) -> ECommerceTotalSpentConditionDate:
    date = ECommerceTotalSpentConditionDate.from_dict(json_value_)

    return date


def _from_dict(cls: type[ECommerceTotalSpentCondition], src_dict: Mapping[str, Any]) -> ECommerceTotalSpentCondition:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("conditionType", UNSET)
    if value is UNSET:
        not_in_response(self, "condition_type")
    elif type(value) is str:
        try:
            self.condition_type = _members_condition_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.condition_type = ConditionTypeConditionType(value)
    elif absent(value):
        self.condition_type = value
    else:
        try:
            self.condition_type = _decode_condition_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "condition_type", value, error)
    value = get("operatorType", UNSET)
    if value is UNSET:
        not_in_response(self, "operator_type")
    elif type(value) is str:
        try:
            self.operator_type = _members_operator_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator_type = ECommerceTotalSpentConditionOperatorType(value)
    elif absent(value):
        self.operator_type = value
    else:
        try:
            self.operator_type = _decode_operator_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator_type", value, error)
    value = get("operator", UNSET)
    if value is UNSET:
        not_in_response(self, "operator")
    elif type(value) is str:
        try:
            self.operator = _members_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator = ECommerceTotalSpentConditionOperator(value)
    elif absent(value):
        self.operator = value
    else:
        try:
            self.operator = _decode_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator", value, error)
    value = get("scope", UNSET)
    if value is UNSET:
        not_in_response(self, "scope")
    elif absent(value):
        self.scope = value
    else:
        try:
            self.scope = _decode_scope(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "scope", value, error)
    value = get("value", UNSET)
    if value is UNSET:
        not_in_response(self, "value")
    else:
        self.value = value
    value = get("currency", UNSET)
    if value is UNSET:
        not_in_response(self, "currency")
    else:
        self.currency = value
    value = get("date", UNSET)
    if value is UNSET:
        not_in_response(self, "date")
    elif type(value) is dict:
        self.date = ECommerceTotalSpentConditionDate.from_dict(value)
    elif absent(value):
        self.date = value
    else:
        try:
            self.date = _decode_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ECommerceTotalSpentCondition._wire_fields}


setattr(ECommerceTotalSpentCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
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
    "value": None,
    "currency": None,
    "date": _decode_date,
}
ECommerceTotalSpentCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator_type = enum_members(ECommerceTotalSpentConditionOperatorType)
_members_operator = enum_members(ECommerceTotalSpentConditionOperator)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.e_commerce_total_spent_condition_date import ECommerceTotalSpentConditionDate  # noqa: E402
