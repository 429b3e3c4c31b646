from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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

from ..models.autoresponder_day_condition_operator_type import AutoresponderDayConditionOperatorType
from ..models.autoresponder_day_condition_operator_type_1 import AutoresponderDayConditionOperatorType1
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.relational_numeric_operator_enum import RelationalNumericOperatorEnum
from ..types import UNSET, Unset


@_attrs_define
class AutoresponderDayCondition(WireModel):
    """To find the autoresponder cycle day of a contact.

    Example:
        {'conditionType': 'phase', 'operatorType': 'numeric_operator', 'operator': 'numeric_eq', 'value': 6}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (AutoresponderDayConditionOperatorType):
        operator (AutoresponderDayConditionOperatorType1 | RelationalNumericOperatorEnum):
        value (int | Unset): The autoresponder cycle day value. Example: 6.
    """

    condition_type: ConditionTypeConditionType
    operator_type: AutoresponderDayConditionOperatorType
    operator: AutoresponderDayConditionOperatorType1 | RelationalNumericOperatorEnum
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_operator_type(json_value_: Any) -> AutoresponderDayConditionOperatorType:
    operator_type = AutoresponderDayConditionOperatorType(json_value_)

    return operator_type


def _decode_operator(json_value_: Any) -> AutoresponderDayConditionOperatorType1 | RelationalNumericOperatorEnum:
    def _parse_operator(data: object) -> AutoresponderDayConditionOperatorType1 | RelationalNumericOperatorEnum:
        try:
            if not isinstance(data, str):
                raise TypeError()
            operator_type_0 = RelationalNumericOperatorEnum(data)

            return operator_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, str):
            raise TypeError()
        operator_type_1 = AutoresponderDayConditionOperatorType1(data)

        return operator_type_1

    operator = _parse_operator(json_value_)

    return operator


def _from_dict(cls: type[AutoresponderDayCondition], src_dict: Mapping[str, Any]) -> AutoresponderDayCondition:
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
            self.operator_type = AutoresponderDayConditionOperatorType(value)
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
    elif absent(value):
        self.operator = value
    else:
        try:
            self.operator = _decode_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator", value, error)
    value = get("value", UNSET)
    if type(value) is int or absent(value):
        self.value = value
    else:
        try:
            self.value = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderDayCondition._wire_fields}


setattr(AutoresponderDayCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AutoresponderDayCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
}
AutoresponderDayCondition._wire_fields = frozenset(AutoresponderDayCondition._wire_names.values())
AutoresponderDayCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": wire_int,
}
AutoresponderDayCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator_type = enum_members(AutoresponderDayConditionOperatorType)
