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

from ..models.custom_event_attribute_type import CustomEventAttributeType
from ..types import UNSET


@_attrs_define
class CustomEventAttribute(WireModel):
    """
    Attributes:
        name (str): Unique name of attribute Example: sample_attribute.
        type_ (CustomEventAttributeType): Type of attribute Example: string.
    """

    name: str
    type_: CustomEventAttributeType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_type_(json_value_: Any) -> CustomEventAttributeType:
    type_ = CustomEventAttributeType(json_value_)

    return type_


def _from_dict(cls: type[CustomEventAttribute], src_dict: Mapping[str, Any]) -> CustomEventAttribute:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("type", UNSET)
    if value is UNSET:
        not_in_response(self, "type_")
    elif type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = CustomEventAttributeType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomEventAttribute._wire_fields}


setattr(CustomEventAttribute, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomEventAttribute._wire_names = {
    "name": "name",
    "type_": "type",
}
CustomEventAttribute._wire_fields = frozenset(CustomEventAttribute._wire_names.values())
CustomEventAttribute._decoders = {
    "name": None,
    "type_": _decode_type_,
}
CustomEventAttribute._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(CustomEventAttributeType)
