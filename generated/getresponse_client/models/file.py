from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.file_group import FileGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_property import FileProperty
    from ..models.folder_short import FolderShort


T = TypeVar("T", bound="File")


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

    def _encode(self) -> dict[str, Any]:
        file_id = self.file_id

        name = self.name

        extension = self.extension

        folder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.folder, Unset):
            folder = self.folder.to_dict()

        file_size = self.file_size

        group: str | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.value

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        url = self.url

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if extension is not UNSET:
            field_dict["extension"] = extension
        if folder is not UNSET:
            field_dict["folder"] = folder
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if group is not UNSET:
            field_dict["group"] = group
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if url is not UNSET:
            field_dict["url"] = url
        if properties is not UNSET:
            field_dict["properties"] = properties
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_file_id(self: File) -> Any:
    file_id = self.file_id
    return file_id


def _encode_name(self: File) -> Any:
    name = self.name
    return name


def _encode_extension(self: File) -> Any:
    extension = self.extension
    return extension


def _decode_folder(json_value_: Any) -> FolderShort | Unset:
    _folder = json_value_
    folder: FolderShort | Unset
    if isinstance(_folder, Unset):
        folder = UNSET
    else:
        folder = FolderShort.from_dict(_folder)

    return folder


def _encode_folder(self: File) -> Any:
    folder: dict[str, Any] | Unset = UNSET
    if not isinstance(self.folder, Unset):
        folder = self.folder.to_dict()
    return folder


def _encode_file_size(self: File) -> Any:
    file_size = self.file_size
    return file_size


def _decode_group(json_value_: Any) -> FileGroup | Unset:
    _group = json_value_
    group: FileGroup | Unset
    if isinstance(_group, Unset):
        group = UNSET
    else:
        group = FileGroup(_group)

    return group


def _encode_group(self: File) -> Any:
    group: str | Unset = UNSET
    if not isinstance(self.group, Unset):
        group = self.group.value

    return group


def _encode_thumbnail(self: File) -> Any:
    thumbnail: None | str | Unset
    if isinstance(self.thumbnail, Unset):
        thumbnail = UNSET
    else:
        thumbnail = self.thumbnail
    return thumbnail


def _encode_url(self: File) -> Any:
    url = self.url
    return url


def _decode_properties(json_value_: Any) -> list[FileProperty] | Unset:
    _properties = json_value_
    properties: list[FileProperty] | Unset = UNSET
    if _properties is not UNSET:
        properties = []
        for properties_item_data in _properties:
            properties_item = FileProperty.from_dict(properties_item_data)

            properties.append(properties_item)

    return properties


def _encode_properties(self: File) -> Any:
    properties: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.properties, Unset):
        properties = []
        for properties_item_data in self.properties:
            properties_item = properties_item_data.to_dict()
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


def _encode_created_on(self: File) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_href(self: File) -> Any:
    href = self.href
    return href


def _from_dict(cls: type[File], src_dict: Mapping[str, Any]) -> File:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.file_id = get("fileId", UNSET)
    self.name = get("name", UNSET)
    self.extension = get("extension", UNSET)
    value = get("folder", UNSET)
    if absent(value):
        self.folder = value
    else:
        try:
            self.folder = _decode_folder(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "folder", value, error)
    self.file_size = get("fileSize", UNSET)
    value = get("group", UNSET)
    if absent(value):
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
    if absent(value):
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
    "file_size": None,
    "group": _decode_group,
    "thumbnail": None,
    "url": None,
    "properties": _decode_properties,
    "created_on": _decode_created_on,
    "href": None,
}
File._encoders = {
    "file_id": _encode_file_id,
    "name": _encode_name,
    "extension": _encode_extension,
    "folder": _encode_folder,
    "file_size": _encode_file_size,
    "group": _encode_group,
    "thumbnail": _encode_thumbnail,
    "url": _encode_url,
    "properties": _encode_properties,
    "created_on": _encode_created_on,
    "href": _encode_href,
}
File._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.file_property import FileProperty  # noqa: E402
from ..models.folder_short import FolderShort  # noqa: E402
