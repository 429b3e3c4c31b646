from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountTimeZone")


@_attrs_define
class AccountTimeZone(WireModel):
    """The account's time zone.

    Attributes:
        name (str | Unset): Time zone name as defined by https://en.wikipedia.org/wiki/List_of_tz_database_time_zones
            Example: Europe/Warsaw.
        offset (str | Unset):  Example: +01:00.
    """

    name: str | Unset = UNSET
    offset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if offset is not UNSET:
            field_dict["offset"] = offset

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


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_offset(d: Mapping[str, Any]) -> str | Unset:
    offset: str | Unset = d.get("offset", UNSET)
    return offset


def _encode_name(self: AccountTimeZone) -> Any:
    name = self.name
    return name


def _encode_offset(self: AccountTimeZone) -> Any:
    offset = self.offset
    return offset


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountTimeZone._wire_fields}


AccountTimeZone._wire_names = {
    "name": "name",
    "offset": "offset",
}
AccountTimeZone._wire_fields = frozenset(AccountTimeZone._wire_names.values())
AccountTimeZone._decoders = {
    "name": _decode_name,
    "offset": _decode_offset,
    "additional_properties": _decode_additional_properties,
}
AccountTimeZone._encoders = {
    "name": _encode_name,
    "offset": _encode_offset,
}
