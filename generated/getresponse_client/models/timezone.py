from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Timezone")


@_attrs_define
class Timezone(WireModel):
    """
    Attributes:
        timezone_id (int):  Example: 1.
        name (str | Unset): Time zone name as defined by https://en.wikipedia.org/wiki/List_of_tz_database_time_zones
            Example: Europe/Warsaw.
        offset (str | Unset):  Example: +01:00.
        country (str | Unset):  Example: Poland.
    """

    timezone_id: int
    name: str | Unset = UNSET
    offset: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        timezone_id = self.timezone_id

        name = self.name

        offset = self.offset

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezoneId": timezone_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if offset is not UNSET:
            field_dict["offset"] = offset
        if country is not UNSET:
            field_dict["country"] = country

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


def _decode_timezone_id(d: Mapping[str, Any]) -> int:
    timezone_id: int = d["timezoneId"]
    return timezone_id


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_offset(d: Mapping[str, Any]) -> str | Unset:
    offset: str | Unset = d.get("offset", UNSET)
    return offset


def _decode_country(d: Mapping[str, Any]) -> str | Unset:
    country: str | Unset = d.get("country", UNSET)
    return country


def _encode_timezone_id(self: Timezone) -> Any:
    timezone_id = self.timezone_id
    return timezone_id


def _encode_name(self: Timezone) -> Any:
    name = self.name
    return name


def _encode_offset(self: Timezone) -> Any:
    offset = self.offset
    return offset


def _encode_country(self: Timezone) -> Any:
    country = self.country
    return country


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Timezone._wire_fields}


Timezone._wire_names = {
    "timezone_id": "timezoneId",
    "name": "name",
    "offset": "offset",
    "country": "country",
}
Timezone._wire_fields = frozenset(Timezone._wire_names.values())
Timezone._decoders = {
    "timezone_id": _decode_timezone_id,
    "name": _decode_name,
    "offset": _decode_offset,
    "country": _decode_country,
    "additional_properties": _decode_additional_properties,
}
Timezone._encoders = {
    "timezone_id": _encode_timezone_id,
    "name": _encode_name,
    "offset": _encode_offset,
    "country": _encode_country,
}
