from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Folder._wire_fields}


Folder._extra_decoder = _decode_additional_properties

bind_fields(
    Folder,
    {
        "folder_id": WireField("folderId", required=True),
        "name": WireField("name"),
        "size": WireField("size", decode=wire_int),
        "created_on": WireField("createdOn", decode=parse_datetime),
    },
    additional_properties=True,
)
