from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast

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
from ..models.last_send_date_condition_operator import LastSendDateConditionOperator
from ..models.last_send_date_condition_operator_type import LastSendDateConditionOperatorType
from ..models.specific_date_enum import SpecificDateEnum
from ..models.specific_date_extended_enum_type_1 import SpecificDateExtendedEnumType1
from ..types import UNSET


@_attrs_define
class LastSendDateCondition(WireModel):
    """Search the last time when an email message was sent to a contact.

    Example:
        {'conditionType': 'last_send_date', 'operatorType': 'date_operator', 'operator': 'specific_date', 'value':
            'last_7_days'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (LastSendDateConditionOperatorType):
        operator (LastSendDateConditionOperator):
        value (datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str):  Example: last_7_days.
    """

    condition_type: ConditionTypeConditionType
    operator_type: LastSendDateConditionOperatorType
    operator: LastSendDateConditionOperator
    value: datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_operator_type(json_value_: Any) -> LastSendDateConditionOperatorType:
    operator_type = LastSendDateConditionOperatorType(json_value_)

    return operator_type


def _decode_operator(json_value_: Any) -> LastSendDateConditionOperator:
    operator = LastSendDateConditionOperator(json_value_)

    return operator


def _decode_value(json_value_: Any) -> datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str:
    def _parse_value(data: object) -> datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_0 = datetime.date.fromisoformat(data)

            return value_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_specific_date_extended_enum_type_0 = SpecificDateEnum(data)

            return componentsschemas_specific_date_extended_enum_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_specific_date_extended_enum_type_1 = SpecificDateExtendedEnumType1(data)

            return componentsschemas_specific_date_extended_enum_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | SpecificDateEnum | SpecificDateExtendedEnumType1 | str, data)

    value = _parse_value(json_value_)

    return value


def _from_dict(cls: type[LastSendDateCondition], src_dict: Mapping[str, Any]) -> LastSendDateCondition:
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
            self.operator_type = LastSendDateConditionOperatorType(value)
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
            self.operator = LastSendDateConditionOperator(value)
    elif absent(value):
        self.operator = value
    else:
        try:
            self.operator = _decode_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "operator", value, error)
    value = get("value", UNSET)
    if value is UNSET:
        not_in_response(self, "value")
    elif absent(value):
        self.value = value
    else:
        try:
            self.value = _decode_value(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LastSendDateCondition._wire_fields}


setattr(LastSendDateCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
LastSendDateCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
}
LastSendDateCondition._wire_fields = frozenset(LastSendDateCondition._wire_names.values())
LastSendDateCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": _decode_value,
}
LastSendDateCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator_type = enum_members(LastSendDateConditionOperatorType)
_members_operator = enum_members(LastSendDateConditionOperator)
