from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
    wire_int,
)

from ..models.file_group import FileGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_property import FileProperty
    from ..models.folder_short import FolderShort


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


def _decode_properties(json_value_: Any) -> list[FileProperty] | Unset:
    _properties = json_value_
    properties: list[FileProperty] | Unset = UNSET
    if _properties is not UNSET:
        properties = []
        for properties_item_data in _properties:
            properties_item = FileProperty.from_dict(properties_item_data)

            properties.append(properties_item)

    return properties


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.file_property import FileProperty  # noqa: E402
from ..models.folder_short import FolderShort  # noqa: E402

bind_fields(
    File,
    {
        "file_id": WireField("fileId", required=True),
        "name": WireField("name"),
        "extension": WireField("extension"),
        "folder": WireField("folder", decode=FolderShort.from_dict, keep=True),
        "file_size": WireField("fileSize", decode=wire_int),
        "group": WireField("group", enum=FileGroup),
        "thumbnail": WireField("thumbnail"),
        "url": WireField("url"),
        "properties": WireField("properties", decode=_decode_properties, keep=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "href": WireField("href"),
    },
    additional_properties=True,
)
