from __future__ import annotations

import datetime
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
    parse_datetime,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
class Folder(WireModel):
    """
    Attributes:
        folder_id (str): The folder ID Example: t1G.
        name (str | Unset): The folder name Example: sample folder.
        size (int | Unset): The size of all files in the directory Example: 9564899.
        created_on (datetime.datetime | Unset): The creation date Example: 2019-10-14T17:17:13+0000.
    """

    folder_id: str
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[Folder], src_dict: Mapping[str, Any]) -> Folder:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("folderId", UNSET)
    if value is UNSET:
        not_in_response(self, "folder_id")
    else:
        self.folder_id = value
    self.name = get("name", UNSET)
    value = get("size", UNSET)
    if type(value) is int or absent(value):
        self.size = value
    else:
        try:
            self.size = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "size", value, error)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Folder._wire_fields}


setattr(Folder, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Folder._wire_names = {
    "folder_id": "folderId",
    "name": "name",
    "size": "size",
    "created_on": "createdOn",
}
Folder._wire_fields = frozenset(Folder._wire_names.values())
Folder._decoders = {
    "folder_id": None,
    "name": None,
    "size": wire_int,
    "created_on": _decode_created_on,
}
Folder._extra_decoder = _decode_additional_properties
