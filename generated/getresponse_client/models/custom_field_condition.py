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
    wire_bool,
    wire_int,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.custom_field_condition_operator_type import CustomFieldConditionOperatorType
from ..models.custom_field_date_operator_enum import CustomFieldDateOperatorEnum
from ..models.custom_field_numeric_operator_enum import CustomFieldNumericOperatorEnum
from ..models.custom_field_string_operator_enum import CustomFieldStringOperatorEnum
from ..models.custom_field_value_for_operator_type_date_and_operator_specific_date import (
    CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate,
)
from ..types import UNSET, Unset


@_attrs_define
class CustomFieldCondition(WireModel):
    """Search a contact by custom fields.

    Example:
        {'conditionType': 'custom', 'scope': 'pa3N6', 'operatorType': 'string_operator_list', 'operator': 'is', 'value':
            'Female'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (CustomFieldConditionOperatorType): Depends on the type of custom field, read more in custom field
            condition documentation in segments (search contacts) reference manual Example: string_operator_list.
        operator (CustomFieldDateOperatorEnum | CustomFieldNumericOperatorEnum | CustomFieldStringOperatorEnum): Depends
            on selected "operatorType", read more in custom field condition documentation in segments (search contacts)
            reference manual Example: is.
        scope (str): The identifier of the custom field, read more in  custom field condition documentation in segments
            (search contacts) reference manual
        value (CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset): Depends on
            selected "operator" and "operatorType", read more in custom field condition documentation in segments (search
            contacts) reference manual Example: new.
        number_of_days (int | Unset): Required only when "value":"last_n_days", read more in custom field condition
            documentation in segments (search contacts) reference manual Example: 20.
        include_current_period (bool | Unset): Flag determines if current day will be included into chosen range.
            Example: True.
    """

    condition_type: ConditionTypeConditionType
    operator_type: CustomFieldConditionOperatorType
    operator: CustomFieldDateOperatorEnum | CustomFieldNumericOperatorEnum | CustomFieldStringOperatorEnum
    scope: str
    value: CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset = UNSET
    number_of_days: int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_operator_type(json_value_: Any) -> CustomFieldConditionOperatorType:
    operator_type = CustomFieldConditionOperatorType(json_value_)

    return operator_type


def _decode_operator(
    json_value_: Any,
) -> CustomFieldDateOperatorEnum | CustomFieldNumericOperatorEnum | CustomFieldStringOperatorEnum:
    def _parse_operator(
        data: object,
    ) -> CustomFieldDateOperatorEnum | CustomFieldNumericOperatorEnum | CustomFieldStringOperatorEnum:
        try:
            if not isinstance(data, str):
                raise TypeError()
            operator_type_0 = CustomFieldStringOperatorEnum(data)

            return operator_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            operator_type_1 = CustomFieldNumericOperatorEnum(data)

            return operator_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, str):
            raise TypeError()
        operator_type_2 = CustomFieldDateOperatorEnum(data)

        return operator_type_2

    operator = _parse_operator(json_value_)

    return operator


def _decode_value(
    json_value_: Any,
) -> CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset:
    def _parse_value(
        data: object,
    ) -> CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_2 = CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate(data)

            return value_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_3 = datetime.date.fromisoformat(data)

            return value_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CustomFieldValueForOperatorTypeDateAndOperatorSpecificDate | datetime.date | str | Unset, data)

    value = _parse_value(json_value_)

    return value


def _from_dict(cls: type[CustomFieldCondition], src_dict: Mapping[str, Any]) -> CustomFieldCondition:
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
            self.operator_type = CustomFieldConditionOperatorType(value)
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
    value = get("scope", UNSET)
    if value is UNSET:
        not_in_response(self, "scope")
    else:
        self.scope = value
    value = get("value", UNSET)
    if absent(value):
        self.value = value
    else:
        try:
            self.value = _decode_value(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
    value = get("numberOfDays", UNSET)
    if type(value) is int or absent(value):
        self.number_of_days = value
    else:
        try:
            self.number_of_days = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "number_of_days", value, error)
    value = get("includeCurrentPeriod", UNSET)
    if type(value) is bool or absent(value):
        self.include_current_period = value
    else:
        try:
            self.include_current_period = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "include_current_period", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomFieldCondition._wire_fields}


setattr(CustomFieldCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomFieldCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "scope": "scope",
    "value": "value",
    "number_of_days": "numberOfDays",
    "include_current_period": "includeCurrentPeriod",
}
CustomFieldCondition._wire_fields = frozenset(CustomFieldCondition._wire_names.values())
CustomFieldCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "scope": None,
    "value": _decode_value,
    "number_of_days": wire_int,
    "include_current_period": wire_bool,
}
CustomFieldCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator_type = enum_members(CustomFieldConditionOperatorType)
