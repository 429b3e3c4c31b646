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

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET


@_attrs_define
class UpdateCustomField(WireModel):
    """
    Attributes:
        hidden (StringBooleanEnum):
        values (list[str]): The list of assigned values (zero or more - depending on the custom field type.
    """

    hidden: StringBooleanEnum
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_hidden(json_value_: Any) -> StringBooleanEnum:
    hidden = StringBooleanEnum(json_value_)

    return hidden


def _decode_values(json_value_: Any) -> list[str]:
    values = cast(list[str], json_value_)

    return values


def _from_dict(cls: type[UpdateCustomField], src_dict: Mapping[str, Any]) -> UpdateCustomField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateCustomField._wire_fields}


class UpdateCustomFieldDict(TypedDict, total=False):
    """UpdateCustomField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    hidden: Required[StringBooleanEnum | str]
    values: Required[list[str]]


setattr(UpdateCustomField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpdateCustomField._wire_names = {
    "hidden": "hidden",
    "values": "values",
}
UpdateCustomField._wire_fields = frozenset(UpdateCustomField._wire_names.values())
UpdateCustomField._decoders = {
    "hidden": _decode_hidden,
    "values": _decode_values,
}
UpdateCustomField._extra_decoder = _decode_additional_properties
_members_hidden = enum_members(StringBooleanEnum)
