from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountTimeZone._wire_fields}


class AccountTimeZoneDict(TypedDict, total=False):
    """AccountTimeZone as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    offset: str


AccountTimeZone._extra_decoder = _decode_additional_properties

bind_fields(
    AccountTimeZone,
    {
        "name": WireField("name"),
        "offset": WireField("offset"),
    },
    additional_properties=True,
)
