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
    wire_int,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.e_commerce_number_of_purchases_condition_operator import ECommerceNumberOfPurchasesConditionOperator
from ..models.e_commerce_number_of_purchases_condition_operator_type import (
    ECommerceNumberOfPurchasesConditionOperatorType,
)
from ..models.e_commerce_number_of_purchases_condition_scope_type_0 import ECommerceNumberOfPurchasesConditionScopeType0
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.e_commerce_number_of_purchases_condition_date import ECommerceNumberOfPurchasesConditionDate


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


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_operator_type(json_value_: Any) -> ECommerceNumberOfPurchasesConditionOperatorType:
    operator_type = ECommerceNumberOfPurchasesConditionOperatorType(json_value_)

    return operator_type


def _decode_operator(json_value_: Any) -> ECommerceNumberOfPurchasesConditionOperator:
    operator = ECommerceNumberOfPurchasesConditionOperator(json_value_)

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


def _decode_date(json_value_: Any) -> ECommerceNumberOfPurchasesConditionDate:
    date = ECommerceNumberOfPurchasesConditionDate.from_dict(json_value_)

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
            self.operator_type = ECommerceNumberOfPurchasesConditionOperatorType(value)
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
            self.operator = ECommerceNumberOfPurchasesConditionOperator(value)
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
    elif type(value) is int or absent(value):
        self.value = value
    else:
        try:
            self.value = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
    value = get("date", UNSET)
    if value is UNSET:
        not_in_response(self, "date")
    elif type(value) is dict:
        self.date = ECommerceNumberOfPurchasesConditionDate.from_dict(value)
    elif absent(value):
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
    "value": wire_int,
    "date": _decode_date,
}
ECommerceNumberOfPurchasesCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator_type = enum_members(ECommerceNumberOfPurchasesConditionOperatorType)
_members_operator = enum_members(ECommerceNumberOfPurchasesConditionOperator)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.e_commerce_number_of_purchases_condition_date import ECommerceNumberOfPurchasesConditionDate  # noqa: E402
