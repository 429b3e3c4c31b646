from __future__ import annotations

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

from ..models.custom_field_format_enum import CustomFieldFormatEnum
from ..models.custom_field_type_enum import CustomFieldTypeEnum
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define
class CustomFieldResponse(WireModel):
    """
    Attributes:
        custom_field_id (str): Custom field ID Example: pas.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/custom-fields/pas.
        name (str | Unset): The name of the custom field Example: office_phone_number.
        type_ (CustomFieldTypeEnum | Unset):
        value_type (str | Unset): Type of returning value, it returns type options extended by a string option if the
            format was not defined Example: radio.
        format_ (CustomFieldFormatEnum | Unset):
        field_type (str | Unset): Returns the same as format Example: text.
        hidden (StringBooleanEnum | Unset):
        values (list[str] | Unset): The list of assigned default values, starting from zero depending on the custom
            field format.
    """

    custom_field_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: CustomFieldTypeEnum | Unset = UNSET
    value_type: str | Unset = UNSET
    format_: CustomFieldFormatEnum | Unset = UNSET
    field_type: str | Unset = UNSET
    hidden: StringBooleanEnum | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_type_(json_value_: Any) -> CustomFieldTypeEnum | Unset:
    _type_ = json_value_
    type_: CustomFieldTypeEnum | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = CustomFieldTypeEnum(_type_)

    return type_


def _decode_format_(json_value_: Any) -> CustomFieldFormatEnum | Unset:
    _format_ = json_value_
    format_: CustomFieldFormatEnum | Unset
    if isinstance(_format_, Unset):
        format_ = UNSET
    else:
        format_ = CustomFieldFormatEnum(_format_)

    return format_


def _decode_hidden(json_value_: Any) -> StringBooleanEnum | Unset:
    _hidden = json_value_
    hidden: StringBooleanEnum | Unset
    if isinstance(_hidden, Unset):
        hidden = UNSET
    else:
        hidden = StringBooleanEnum(_hidden)

    return hidden


def _decode_values(json_value_: Any) -> list[str] | Unset:
    values = cast(list[str], json_value_)

    return values


def _from_dict(cls: type[CustomFieldResponse], src_dict: Mapping[str, Any]) -> CustomFieldResponse:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("customFieldId", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_field_id")
    else:
        self.custom_field_id = value
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = CustomFieldTypeEnum(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    self.value_type = get("valueType", UNSET)
    value = get("format", UNSET)
    if type(value) is str:
        try:
            self.format_ = _members_format_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.format_ = CustomFieldFormatEnum(value)
    elif absent(value):
        self.format_ = value
    else:
        try:
            self.format_ = _decode_format_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "format_", value, error)
    self.field_type = get("fieldType", UNSET)
    value = get("hidden", UNSET)
    if type(value) is str:
        try:
            self.hidden = _members_hidden[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.hidden = StringBooleanEnum(value)
    elif absent(value):
        self.hidden = value
    else:
        try:
            self.hidden = _decode_hidden(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "hidden", value, error)
    value = get("values", UNSET)
    if absent(value):
        self.values = value
    else:
        try:
            self.values = _decode_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "values", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomFieldResponse._wire_fields}


setattr(CustomFieldResponse, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomFieldResponse._wire_names = {
    "custom_field_id": "customFieldId",
    "href": "href",
    "name": "name",
    "type_": "type",
    "value_type": "valueType",
    "format_": "format",
    "field_type": "fieldType",
    "hidden": "hidden",
    "values": "values",
}
CustomFieldResponse._wire_fields = frozenset(CustomFieldResponse._wire_names.values())
CustomFieldResponse._decoders = {
    "custom_field_id": None,
    "href": None,
    "name": None,
    "type_": _decode_type_,
    "value_type": None,
    "format_": _decode_format_,
    "field_type": None,
    "hidden": _decode_hidden,
    "values": _decode_values,
}
CustomFieldResponse._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(CustomFieldTypeEnum)
_members_format_ = enum_members(CustomFieldFormatEnum)
_members_hidden = enum_members(StringBooleanEnum)
