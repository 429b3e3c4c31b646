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

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class Folder(WireModel):
    """
    Attributes:
        folder_id (str): The folder ID Example: t1G.
        name (str | Unset): The folder name Example: sample folder.
        size (int | Unset): The size of all files in the directory Example: 9564899.
        created_on (datetime.datetime | Unset): The creation date Example: 2019-10-14T17:17:13+0000.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    folder_id: str
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
