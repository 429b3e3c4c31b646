from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewTag")


@_attrs_define
class NewTag(WireModel):
    """
    Attributes:
        name (str): The tag name Example: My_Tag.
        color (str | Unset): The tag color (deprecated)
    """

    name: str
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color

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


def _decode_color(d: Mapping[str, Any]) -> str | Unset:
    color: str | Unset = d.get("color", UNSET)
    return color


def _encode_name(self: NewTag) -> Any:
    name = self.name
    return name


def _encode_color(self: NewTag) -> Any:
    color = self.color
    return color


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewTag._wire_fields}


NewTag._wire_names = {
    "name": "name",
    "color": "color",
}
NewTag._wire_fields = frozenset(NewTag._wire_names.values())
NewTag._decoders = {
    "name": _decode_name,
    "color": _decode_color,
    "additional_properties": _decode_additional_properties,
}
NewTag._encoders = {
    "name": _encode_name,
    "color": _encode_color,
}
