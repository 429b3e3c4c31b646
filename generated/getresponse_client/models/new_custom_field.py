from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

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
from ..models.custom_field_value_type import CustomFieldValueType
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define
class NewCustomField(WireModel):
    """
    Attributes:
        name (str): The name of the custom field. Example: office_phone_number.
        type_ (CustomFieldTypeEnum):
        format_ (CustomFieldFormatEnum):
        hidden (StringBooleanEnum):
        values (list[str]): The list of assigned default values, starting from zero depending on the custom field
            format.
        custom_field_id (str | Unset): Custom field ID Example: pas.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/custom-fields/pas.
        value_type (CustomFieldValueType | Unset): Type of returning value, it returns type options extended by a string
            option if the format was not defined Example: phone.
        field_type (str | Unset): Returns the same as format Example: text.
    """

    name: str
    type_: CustomFieldTypeEnum
    format_: CustomFieldFormatEnum
    hidden: StringBooleanEnum
    values: list[str]
    custom_field_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    value_type: CustomFieldValueType | Unset = _attrs_field(init=False, default=UNSET)
    field_type: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_type_(json_value_: Any) -> CustomFieldTypeEnum:
    type_ = CustomFieldTypeEnum(json_value_)

    return type_


def _decode_format_(json_value_: Any) -> CustomFieldFormatEnum:
    format_ = CustomFieldFormatEnum(json_value_)

    return format_


def _decode_hidden(json_value_: Any) -> StringBooleanEnum:
    hidden = StringBooleanEnum(json_value_)

    return hidden


def _decode_values(json_value_: Any) -> list[str]:
    values = cast(list[str], json_value_)

    return values


def _decode_value_type(json_value_: Any) -> CustomFieldValueType | Unset:
    _value_type = json_value_
    value_type: CustomFieldValueType | Unset
    if isinstance(_value_type, Unset):
        value_type = UNSET
    else:
        value_type = CustomFieldValueType(_value_type)

    return value_type


def _from_dict(cls: type[NewCustomField], src_dict: Mapping[str, Any]) -> NewCustomField:
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
            self.type_ = CustomFieldTypeEnum(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("format", UNSET)
    if value is UNSET:
        not_in_response(self, "format_")
    elif type(value) is str:
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
    value = get("hidden", UNSET)
    if value is UNSET:
        not_in_response(self, "hidden")
    elif type(value) is str:
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
    if value is UNSET:
        not_in_response(self, "values")
    elif absent(value):
        self.values = value
    else:
        try:
            self.values = _decode_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "values", value, error)
    self.custom_field_id = get("customFieldId", UNSET)
    self.href = get("href", UNSET)
    value = get("valueType", UNSET)
    if type(value) is str:
        try:
            self.value_type = _members_value_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.value_type = CustomFieldValueType(value)
    elif absent(value):
        self.value_type = value
    else:
        try:
            self.value_type = _decode_value_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value_type", value, error)
    self.field_type = get("fieldType", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewCustomField._wire_fields}


class NewCustomFieldDict(TypedDict, total=False):
    """NewCustomField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    type: Required[CustomFieldTypeEnum | str]
    format: Required[CustomFieldFormatEnum | str]
    hidden: Required[StringBooleanEnum | str]
    values: Required[list[str]]


setattr(NewCustomField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewCustomField._wire_names = {
    "name": "name",
    "type_": "type",
    "format_": "format",
    "hidden": "hidden",
    "values": "values",
    "custom_field_id": "customFieldId",
    "href": "href",
    "value_type": "valueType",
    "field_type": "fieldType",
}
NewCustomField._wire_fields = frozenset(NewCustomField._wire_names.values())
NewCustomField._read_only = frozenset(["custom_field_id", "field_type", "href", "value_type"])
NewCustomField._decoders = {
    "name": None,
    "type_": _decode_type_,
    "format_": _decode_format_,
    "hidden": _decode_hidden,
    "values": _decode_values,
    "custom_field_id": None,
    "href": None,
    "value_type": _decode_value_type,
    "field_type": None,
}
NewCustomField._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(CustomFieldTypeEnum)
_members_format_ = enum_members(CustomFieldFormatEnum)
_members_hidden = enum_members(StringBooleanEnum)
_members_value_type = enum_members(CustomFieldValueType)
