from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


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


def _from_dict(cls: type[AccountTimeZone], src_dict: Mapping[str, Any]) -> AccountTimeZone:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.name = get("name", UNSET)
    self.offset = get("offset", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountTimeZone._wire_fields}


class AccountTimeZoneDict(TypedDict, total=False):
    """AccountTimeZone as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    offset: str


setattr(AccountTimeZone, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AccountTimeZone._wire_names = {
    "name": "name",
    "offset": "offset",
}
AccountTimeZone._wire_fields = frozenset(AccountTimeZone._wire_names.values())
AccountTimeZone._decoders = {
    "name": None,
    "offset": None,
}
AccountTimeZone._extra_decoder = _decode_additional_properties
