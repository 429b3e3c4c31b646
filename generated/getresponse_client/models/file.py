from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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
    parse_datetime,
    wire_int,
)

from ..models.file_group import FileGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_property import FileProperty
    from ..models.folder_short import FolderShort


@_attrs_define
class File(WireModel):
    """
    Attributes:
        file_id (str): The file ID Example: 6rZ6.
        name (str | Unset): The file name Example: image.
        extension (str | Unset): The file extension Example: jpg.
        folder (FolderShort | Unset):
        file_size (int | Unset): The file size Example: 579644.
        group (FileGroup | Unset): The file group Example: photo.
        thumbnail (None | str | Unset): The direct URL to the file thumbnail Example: https://us-rs.gr-
            cdn.com/512x,sBIbGHAUIQfw7kTUjaD0fTzxfXPggsY_1WCWIKl3RAxE=/https://multimedia.getresponse.com/getresponse-
            ZJtEw/photos/05c53ab1-6119-4076-a96c-bbefa082ea1a.jpg.
        url (str | Unset): The direct URL to resource Example: https://multimedia.getresponse.com/getresponse-
            ZJtEw/photos/05c53ab1-6119-4076-a96c-bbefa082ea1a.jpg.
        properties (list[FileProperty] | Unset): The file properties (available only for the `photos` group)
        created_on (datetime.datetime | Unset): The creation date Example: 2019-10-12T15:15:49+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/file-
            library/files/6pS.
    """

    file_id: str
    name: str | Unset = UNSET
    extension: str | Unset = UNSET
    folder: FolderShort | Unset = UNSET
    file_size: int | Unset = UNSET
    group: FileGroup | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    url: str | Unset = UNSET
    properties: list[FileProperty] | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_folder(json_value_: Any) -> FolderShort | Unset:
    _folder = json_value_
    folder: FolderShort | Unset
    if isinstance(_folder, Unset):
        folder = UNSET
    else:
        folder = FolderShort.from_dict(_folder)

    return folder


def _decode_group(json_value_: Any) -> FileGroup | Unset:
    _group = json_value_
    group: FileGroup | Unset
    if isinstance(_group, Unset):
        group = UNSET
    else:
        group = FileGroup(_group)

    return group


def _decode_properties(json_value_: Any) -> list[FileProperty] | Unset:
    _properties = json_value_
    properties: list[FileProperty] | Unset = UNSET
    if _properties is not UNSET:
        properties = []
        for properties_item_data in _properties:
            properties_item = FileProperty.from_dict(properties_item_data)

            properties.append(properties_item)

    return properties


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[File], src_dict: Mapping[str, Any]) -> File:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("fileId", UNSET)
    if value is UNSET:
        not_in_response(self, "file_id")
    else:
        self.file_id = value
    self.name = get("name", UNSET)
    self.extension = get("extension", UNSET)
    value = get("folder", UNSET)
    if type(value) is dict:
        self.folder = FolderShort.from_dict(value)
    elif absent(value):
        self.folder = value
    else:
        try:
            self.folder = _decode_folder(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "folder", value, error)
    value = get("fileSize", UNSET)
    if type(value) is int or absent(value):
        self.file_size = value
    else:
        try:
            self.file_size = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "file_size", value, error)
    value = get("group", UNSET)
    if type(value) is str:
        try:
            self.group = _members_group[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.group = FileGroup(value)
    elif absent(value):
        self.group = value
    else:
        try:
            self.group = _decode_group(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "group", value, error)
    self.thumbnail = get("thumbnail", UNSET)
    self.url = get("url", UNSET)
    value = get("properties", UNSET)
    if absent(value):
        self.properties = value
    else:
        try:
            self.properties = _decode_properties(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "properties", value, error)
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
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in File._wire_fields}


setattr(File, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
File._wire_names = {
    "file_id": "fileId",
    "name": "name",
    "extension": "extension",
    "folder": "folder",
    "file_size": "fileSize",
    "group": "group",
    "thumbnail": "thumbnail",
    "url": "url",
    "properties": "properties",
    "created_on": "createdOn",
    "href": "href",
}
File._wire_fields = frozenset(File._wire_names.values())
File._decoders = {
    "file_id": None,
    "name": None,
    "extension": None,
    "folder": _decode_folder,
    "file_size": wire_int,
    "group": _decode_group,
    "thumbnail": None,
    "url": None,
    "properties": _decode_properties,
    "created_on": _decode_created_on,
    "href": None,
}
File._extra_decoder = _decode_additional_properties
_members_group = enum_members(FileGroup)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.file_property import FileProperty  # noqa: E402
from ..models.folder_short import FolderShort  # noqa: E402
