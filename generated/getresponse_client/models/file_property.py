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

from ..models.file_property_name import FilePropertyName
from ..types import UNSET


@_attrs_define
class FileProperty(WireModel):
    """
    Attributes:
        name (FilePropertyName):  Example: width.
        value (int | str):
    """

    name: FilePropertyName
    value: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_name(json_value_: Any) -> FilePropertyName:
    name = FilePropertyName(json_value_)

    return name


def _from_dict(cls: type[FileProperty], src_dict: Mapping[str, Any]) -> FileProperty:
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
    elif type(value) is str:
        try:
            self.name = _members_name[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.name = FilePropertyName(value)
    elif absent(value):
        self.name = value
    else:
        try:
            self.name = _decode_name(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "name", value, error)
    value = get("value", UNSET)
    if value is UNSET:
        not_in_response(self, "value")
    else:
        self.value = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FileProperty._wire_fields}


setattr(FileProperty, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FileProperty._wire_names = {
    "name": "name",
    "value": "value",
}
FileProperty._wire_fields = frozenset(FileProperty._wire_names.values())
FileProperty._decoders = {
    "name": _decode_name,
    "value": None,
}
FileProperty._extra_decoder = _decode_additional_properties
_members_name = enum_members(FilePropertyName)
