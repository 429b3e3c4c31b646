from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

T = TypeVar("T", bound="FolderShort")


@_attrs_define
class FolderShort(WireModel):
    """
    Attributes:
        folder_id (str): The folder ID Example: 4a9f.
    """

    folder_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        folder_id = self.folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folderId": folder_id,
            }
        )

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


def _encode_folder_id(self: FolderShort) -> Any:
    folder_id = self.folder_id
    return folder_id


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FolderShort._wire_fields}


FolderShort._wire_names = {
    "folder_id": "folderId",
}
FolderShort._wire_fields = frozenset(FolderShort._wire_names.values())
FolderShort._decoders = {
    "folder_id": _decode_folder_id,
    "additional_properties": _decode_additional_properties,
}
FolderShort._encoders = {
    "folder_id": _encode_folder_id,
}
