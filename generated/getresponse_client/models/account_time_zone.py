from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AccountTimeZone(WireModel):
    """The account's time zone.

    Attributes:
        name (str | Unset): Time zone name as defined by https://en.wikipedia.org/wiki/List_of_tz_database_time_zones
            Example: Europe/Warsaw.
        offset (str | Unset):  Example: +01:00.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str | Unset = UNSET
    offset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class AccountTimeZoneDict(TypedDict, total=False):
    """AccountTimeZone as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    offset: str


bind_fields(
    AccountTimeZone,
    {
        "name": WireField("name"),
        "offset": WireField("offset"),
    },
    additional_properties=True,
)
