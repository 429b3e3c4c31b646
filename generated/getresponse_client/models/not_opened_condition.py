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
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.message_type_operator import MessageTypeOperator
from ..models.not_opened_condition_date_operator import NotOpenedConditionDateOperator
from ..models.not_opened_condition_operator_type import NotOpenedConditionOperatorType
from ..models.not_opened_condition_operator_type_0 import NotOpenedConditionOperatorType0
from ..types import UNSET, Unset


@_attrs_define
class NotOpenedCondition(WireModel):
    """Search contacts who didn't open a message.

    Example:
        {'conditionType': 'not_opened', 'operatorType': 'complex_message_operator', 'scope': 'z4Zje', 'operator':
            'autoresponder', 'dateOperator': 'never'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (NotOpenedConditionOperatorType):  Example: complex_message_operator.
        operator (MessageTypeOperator | NotOpenedConditionOperatorType0): Specifies the type of message to search for
            Example: newsletter.
        date_operator (NotOpenedConditionDateOperator): It allows you to set a date range.
        scope (str | Unset): The message identifier. Example: z4Zje.
        value (datetime.date | int | Unset): This field is required only for date_from and last_n_days date operators.
        include_current_period (bool | Unset): Flag determines if current day will be included into chosen range.
            Example: True.
    """

    condition_type: ConditionTypeConditionType
    operator_type: NotOpenedConditionOperatorType
    operator: MessageTypeOperator | NotOpenedConditionOperatorType0
    date_operator: NotOpenedConditionDateOperator
    scope: str | Unset = UNSET
    value: datetime.date | int | Unset = UNSET
    include_current_period: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_operator_type(json_value_: Any) -> NotOpenedConditionOperatorType:
    operator_type = NotOpenedConditionOperatorType(json_value_)

    return operator_type


def _decode_operator(json_value_: Any) -> MessageTypeOperator | NotOpenedConditionOperatorType0:
    def _parse_operator(data: object) -> MessageTypeOperator | NotOpenedConditionOperatorType0:
        try:
            if not isinstance(data, str):
                raise TypeError()
            operator_type_0 = NotOpenedConditionOperatorType0(data)

            return operator_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, str):
            raise TypeError()
        operator_type_1 = MessageTypeOperator(data)

        return operator_type_1

    operator = _parse_operator(json_value_)

    return operator


def _decode_date_operator(json_value_: Any) -> NotOpenedConditionDateOperator:
    date_operator = NotOpenedConditionDateOperator(json_value_)

    return date_operator


def _decode_value(json_value_: Any) -> datetime.date | int | Unset:
    def _parse_value(data: object) -> datetime.date | int | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            value_type_0 = datetime.date.fromisoformat(data)

            return value_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | int | Unset, data)

    value = _parse_value(json_value_)

    return value


def _from_dict(cls: type[NotOpenedCondition], src_dict: Mapping[str, Any]) -> NotOpenedCondition:
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
            self.operator_type = NotOpenedConditionOperatorType(value)
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
    value = get("dateOperator", UNSET)
    if value is UNSET:
        not_in_response(self, "date_operator")
    elif type(value) is str:
        try:
            self.date_operator = _members_date_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.date_operator = NotOpenedConditionDateOperator(value)
    elif absent(value):
        self.date_operator = value
    else:
        try:
            self.date_operator = _decode_date_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date_operator", value, error)
    self.scope = get("scope", UNSET)
    value = get("value", UNSET)
    if absent(value):
        self.value = value
    else:
        try:
            self.value = _decode_value(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
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
    return {key: value for key, value in d.items() if key not in NotOpenedCondition._wire_fields}


setattr(NotOpenedCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NotOpenedCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "date_operator": "dateOperator",
    "scope": "scope",
    "value": "value",
    "include_current_period": "includeCurrentPeriod",
}
NotOpenedCondition._wire_fields = frozenset(NotOpenedCondition._wire_names.values())
NotOpenedCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "date_operator": _decode_date_operator,
    "scope": None,
    "value": _decode_value,
    "include_current_period": wire_bool,
}
NotOpenedCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator_type = enum_members(NotOpenedConditionOperatorType)
_members_date_operator = enum_members(NotOpenedConditionDateOperator)
