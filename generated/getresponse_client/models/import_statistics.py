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
    not_in_response,
    wire_int,
)

from ..types import UNSET


@_attrs_define
class ImportStatistics(WireModel):
    """
    Attributes:
        uploaded (int): The number of uploaded contacts Example: 25.
        invalid (int): The number of invalid contacts Example: 5.
        updated (int): The number of updated contacts Example: 10.
        added_to_list (int): The number of added contacts Example: 10.
    """

    uploaded: int
    invalid: int
    updated: int
    added_to_list: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[ImportStatistics], src_dict: Mapping[str, Any]) -> ImportStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("uploaded", UNSET)
    if value is UNSET:
        not_in_response(self, "uploaded")
    elif type(value) is int or absent(value):
        self.uploaded = value
    else:
        try:
            self.uploaded = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "uploaded", value, error)
    value = get("invalid", UNSET)
    if value is UNSET:
        not_in_response(self, "invalid")
    elif type(value) is int or absent(value):
        self.invalid = value
    else:
        try:
            self.invalid = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "invalid", value, error)
    value = get("updated", UNSET)
    if value is UNSET:
        not_in_response(self, "updated")
    elif type(value) is int or absent(value):
        self.updated = value
    else:
        try:
            self.updated = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated", value, error)
    value = get("addedToList", UNSET)
    if value is UNSET:
        not_in_response(self, "added_to_list")
    elif type(value) is int or absent(value):
        self.added_to_list = value
    else:
        try:
            self.added_to_list = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "added_to_list", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ImportStatistics._wire_fields}


setattr(ImportStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ImportStatistics._wire_names = {
    "uploaded": "uploaded",
    "invalid": "invalid",
    "updated": "updated",
    "added_to_list": "addedToList",
}
ImportStatistics._wire_fields = frozenset(ImportStatistics._wire_names.values())
ImportStatistics._decoders = {
    "uploaded": wire_int,
    "invalid": wire_int,
    "updated": wire_int,
    "added_to_list": wire_int,
}
ImportStatistics._extra_decoder = _decode_additional_properties
