from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

if TYPE_CHECKING:
    from ..models.folder_short import FolderShort


T = TypeVar("T", bound="NewFile")


@_attrs_define
class NewFile(WireModel):
    """
    Attributes:
        name (str): The file name Example: image.
        extension (str): The file extension Example: jpg.
        folder (FolderShort):
        content (str): The base64 encoded file content Example: dGVzdCBjb250ZW50.
    """

    name: str
    extension: str
    folder: FolderShort
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        extension = self.extension

        folder = self.folder.to_dict()

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "extension": extension,
                "folder": folder,
                "content": content,
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


def _decode_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    return name


def _decode_extension(d: Mapping[str, Any]) -> str:
    extension: str = d["extension"]
    return extension


def _decode_folder(d: Mapping[str, Any]) -> FolderShort:
    from ..models.folder_short import FolderShort  # noqa: PLC0415

    folder = FolderShort.from_dict(d["folder"])

    return folder


def _decode_content(d: Mapping[str, Any]) -> str:
    content: str = d["content"]
    return content


def _encode_name(self: NewFile) -> Any:
    name = self.name
    return name


def _encode_extension(self: NewFile) -> Any:
    extension = self.extension
    return extension


def _encode_folder(self: NewFile) -> Any:
    folder = self.folder.to_dict()
    return folder


def _encode_content(self: NewFile) -> Any:
    content = self.content
    return content


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewFile._wire_fields}


NewFile._wire_names = {
    "name": "name",
    "extension": "extension",
    "folder": "folder",
    "content": "content",
}
NewFile._wire_fields = frozenset(NewFile._wire_names.values())
NewFile._decoders = {
    "name": _decode_name,
    "extension": _decode_extension,
    "folder": _decode_folder,
    "content": _decode_content,
    "additional_properties": _decode_additional_properties,
}
NewFile._encoders = {
    "name": _encode_name,
    "extension": _encode_extension,
    "folder": _encode_folder,
    "content": _encode_content,
}
