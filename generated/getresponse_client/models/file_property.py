from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.file_property_name import FilePropertyName

T = TypeVar("T", bound="FileProperty")


@_attrs_define
class FileProperty(WireModel):
    """
    Attributes:
        name (FilePropertyName):  Example: width.
        value (int | str):
    """

    name: FilePropertyName
    value: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name.value

        value: int | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
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


def _decode_name(d: Mapping[str, Any]) -> FilePropertyName:
    name = FilePropertyName(d["name"])

    return name


def _decode_value(d: Mapping[str, Any]) -> int | str:
    def _parse_value(data: object) -> int | str:
        return cast(int | str, data)

    value = _parse_value(d["value"])

    return value


def _encode_name(self: FileProperty) -> Any:
    name = self.name.value
    return name


def _encode_value(self: FileProperty) -> Any:
    value: int | str
    value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FileProperty._wire_fields}


FileProperty._wire_names = {
    "name": "name",
    "value": "value",
}
FileProperty._wire_fields = frozenset(FileProperty._wire_names.values())
FileProperty._decoders = {
    "name": _decode_name,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
FileProperty._encoders = {
    "name": _encode_name,
    "value": _encode_value,
}
