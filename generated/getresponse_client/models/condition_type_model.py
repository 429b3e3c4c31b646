from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

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
from ..types import UNSET


@_attrs_define
class ConditionType(WireModel):
    """
    Attributes:
        condition_type (ConditionTypeConditionType):
    """

    condition_type: ConditionTypeConditionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_condition_type(json_value_: Any) -> ConditionTypeConditionType:
    condition_type = ConditionTypeConditionType(json_value_)

    return condition_type


def _from_dict(cls: type[ConditionType], src_dict: Mapping[str, Any]) -> ConditionType:
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ConditionType._wire_fields}


class ConditionTypeDict(TypedDict, total=False):
    """ConditionType as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    conditionType: Required[ConditionTypeConditionType | str]


setattr(ConditionType, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ConditionType._wire_names = {
    "condition_type": "conditionType",
}
ConditionType._wire_fields = frozenset(ConditionType._wire_names.values())
ConditionType._decoders = {
    "condition_type": _decode_condition_type,
}
ConditionType._extra_decoder = _decode_additional_properties
_members_condition_type = enum_members(ConditionTypeConditionType)
