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

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.engagement_score_condition_operator import EngagementScoreConditionOperator
from ..types import UNSET


@_attrs_define
class EngagementScoreCondition(WireModel):
    """Search contacts by their engagement score

    Example:
        {'conditionType': 'engagement_score', 'operatorType': 'numeric_operator', 'operator': 'numeric_lt', 'value': 5}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator (EngagementScoreConditionOperator): The operator used in engagement score comparison Example:
            numeric_lt.
        value (int): The condition value Example: 5.
    """

    condition_type: ConditionTypeConditionType
    operator: EngagementScoreConditionOperator
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_operator(json_value_: Any) -> EngagementScoreConditionOperator:
    operator = EngagementScoreConditionOperator(json_value_)

    return operator


def _from_dict(cls: type[EngagementScoreCondition], src_dict: Mapping[str, Any]) -> EngagementScoreCondition:
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
    value = get("operator", UNSET)
    if value is UNSET:
        not_in_response(self, "operator")
    elif type(value) is str:
        try:
            self.operator = _members_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.operator = EngagementScoreConditionOperator(value)
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
    elif type(value) is int or absent(value):
        self.value = value
    else:
        try:
            self.value = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in EngagementScoreCondition._wire_fields}


setattr(EngagementScoreCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
EngagementScoreCondition._wire_names = {
    "condition_type": "conditionType",
    "operator": "operator",
    "value": "value",
}
EngagementScoreCondition._wire_fields = frozenset(EngagementScoreCondition._wire_names.values())
EngagementScoreCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator": _decode_operator,
    "value": wire_int,
}
EngagementScoreCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator = enum_members(EngagementScoreConditionOperator)
