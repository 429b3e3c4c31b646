from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class Timezone(WireModel):
    """
    Attributes:
        timezone_id (int):  Example: 1.
        name (str | Unset): Time zone name as defined by https://en.wikipedia.org/wiki/List_of_tz_database_time_zones
            Example: Europe/Warsaw.
        offset (str | Unset):  Example: +01:00.
        country (str | Unset):  Example: Poland.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    timezone_id: int
    name: str | Unset = UNSET
    offset: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    Timezone,
    {
        "timezone_id": WireField("timezoneId", required=True, decode=wire_int),
        "name": WireField("name"),
        "offset": WireField("offset"),
        "country": WireField("country"),
    },
    additional_properties=True,
)
