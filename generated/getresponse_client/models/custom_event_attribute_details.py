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

from ..models.custom_event_attribute_type import CustomEventAttributeType
from ..types import UNSET


@_attrs_define
class CustomEventAttributeDetails(WireModel):
    """
    Attributes:
        name (str): Unique name of attribute Example: sample_attribute.
        type_ (CustomEventAttributeType): Type of attribute Example: string.
        custom_event_attribute_id (str):  Example: gt7.
    """

    name: str
    type_: CustomEventAttributeType
    custom_event_attribute_id: str = _attrs_field(init=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_type_(json_value_: Any) -> CustomEventAttributeType:
    type_ = CustomEventAttributeType(json_value_)

    return type_


def _from_dict(cls: type[CustomEventAttributeDetails], src_dict: Mapping[str, Any]) -> CustomEventAttributeDetails:
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
    value = get("customEventAttributeId", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_event_attribute_id")
    else:
        self.custom_event_attribute_id = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomEventAttributeDetails._wire_fields}


class CustomEventAttributeDetailsDict(TypedDict, total=False):
    """CustomEventAttributeDetails as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    type: Required[CustomEventAttributeType | str]


setattr(CustomEventAttributeDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomEventAttributeDetails._wire_names = {
    "name": "name",
    "type_": "type",
    "custom_event_attribute_id": "customEventAttributeId",
}
CustomEventAttributeDetails._wire_fields = frozenset(CustomEventAttributeDetails._wire_names.values())
CustomEventAttributeDetails._read_only = frozenset(["custom_event_attribute_id"])
CustomEventAttributeDetails._decoders = {
    "name": None,
    "type_": _decode_type_,
    "custom_event_attribute_id": None,
}
CustomEventAttributeDetails._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(CustomEventAttributeType)
