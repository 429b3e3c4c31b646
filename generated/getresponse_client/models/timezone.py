from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    wire_int,
)

from ..types import UNSET, Unset


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


def _from_dict(cls: type[Timezone], src_dict: Mapping[str, Any]) -> Timezone:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("timezoneId", UNSET)
    if value is UNSET:
        not_in_response(self, "timezone_id")
    elif type(value) is int or absent(value):
        self.timezone_id = value
    else:
        try:
            self.timezone_id = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "timezone_id", value, error)
    self.name = get("name", UNSET)
    self.offset = get("offset", UNSET)
    self.country = get("country", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Timezone._wire_fields}


setattr(Timezone, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Timezone._wire_names = {
    "timezone_id": "timezoneId",
    "name": "name",
    "offset": "offset",
    "country": "country",
}
Timezone._wire_fields = frozenset(Timezone._wire_names.values())
Timezone._decoders = {
    "timezone_id": wire_int,
    "name": None,
    "offset": None,
    "country": None,
}
Timezone._extra_decoder = _decode_additional_properties
