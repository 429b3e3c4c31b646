from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Folder")


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

    def _encode(self) -> dict[str, Any]:
        folder_id = self.folder_id

        name = self.name

        size = self.size

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folderId": folder_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on

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


def _decode_folder_id(d: Mapping[str, Any]) -> str:
    folder_id: str = d["folderId"]
    return folder_id


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_size(d: Mapping[str, Any]) -> int | Unset:
    size: int | Unset = d.get("size", UNSET)
    return size


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _encode_folder_id(self: Folder) -> Any:
    folder_id = self.folder_id
    return folder_id


def _encode_name(self: Folder) -> Any:
    name = self.name
    return name


def _encode_size(self: Folder) -> Any:
    size = self.size
    return size


def _encode_created_on(self: Folder) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Folder._wire_fields}


Folder._wire_names = {
    "folder_id": "folderId",
    "name": "name",
    "size": "size",
    "created_on": "createdOn",
}
Folder._wire_fields = frozenset(Folder._wire_names.values())
Folder._decoders = {
    "folder_id": _decode_folder_id,
    "name": _decode_name,
    "size": _decode_size,
    "created_on": _decode_created_on,
    "additional_properties": _decode_additional_properties,
}
Folder._encoders = {
    "folder_id": _encode_folder_id,
    "name": _encode_name,
    "size": _encode_size,
    "created_on": _encode_created_on,
}
