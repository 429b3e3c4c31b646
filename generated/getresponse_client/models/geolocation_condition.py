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
)

from ..models.condition_string_operator_operator import ConditionStringOperatorOperator
from ..models.condition_string_operator_operator_type import ConditionStringOperatorOperatorType
from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.geolocation_condition_scope import GeolocationConditionScope
from ..types import UNSET


@_attrs_define
class GeolocationCondition(WireModel):
    """Search contacts by geolocation.

    Example:
        {'conditionType': 'geo', 'operatorType': 'string_operator', 'operator': 'starts', 'value': 'New', 'scope':
            'city'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        operator_type (ConditionStringOperatorOperatorType):  Example: string_operator.
        operator (ConditionStringOperatorOperator):  Example: is_not.
        value (str):  Example: new.
        scope (GeolocationConditionScope): Specify the search parameters Example: city.
    """

    condition_type: ConditionTypeConditionType
    operator_type: ConditionStringOperatorOperatorType
    operator: ConditionStringOperatorOperator
    value: str
    scope: GeolocationConditionScope
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _decode_operator_type(json_value_: Any) -> ConditionStringOperatorOperatorType:
    operator_type = ConditionStringOperatorOperatorType(json_value_)

    return operator_type


def _decode_operator(json_value_: Any) -> ConditionStringOperatorOperator:
    operator = ConditionStringOperatorOperator(json_value_)

    return operator


def _decode_scope(json_value_: Any) -> GeolocationConditionScope:
    scope = GeolocationConditionScope(json_value_)

    return scope


def _from_dict(cls: type[GeolocationCondition], src_dict: Mapping[str, Any]) -> GeolocationCondition:
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
            self.operator_type = ConditionStringOperatorOperatorType(value)
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
            self.operator = ConditionStringOperatorOperator(value)
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
    else:
        self.value = value
    value = get("scope", UNSET)
    if value is UNSET:
        not_in_response(self, "scope")
    elif type(value) is str:
        try:
            self.scope = _members_scope[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.scope = GeolocationConditionScope(value)
    elif absent(value):
        self.scope = value
    else:
        try:
            self.scope = _decode_scope(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "scope", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeolocationCondition._wire_fields}


setattr(GeolocationCondition, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
GeolocationCondition._wire_names = {
    "condition_type": "conditionType",
    "operator_type": "operatorType",
    "operator": "operator",
    "value": "value",
    "scope": "scope",
}
GeolocationCondition._wire_fields = frozenset(GeolocationCondition._wire_names.values())
GeolocationCondition._decoders = {
    "condition_type": _decode_condition_type,
    "operator_type": _decode_operator_type,
    "operator": _decode_operator,
    "value": None,
    "scope": _decode_scope,
}
GeolocationCondition._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
_members_operator_type = enum_members(ConditionStringOperatorOperatorType)
_members_operator = enum_members(ConditionStringOperatorOperator)
_members_scope = enum_members(GeolocationConditionScope)
