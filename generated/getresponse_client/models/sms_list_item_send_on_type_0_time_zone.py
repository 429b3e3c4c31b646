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
class SmsListItemSendOnType0TimeZone(WireModel):
    """Time zone details

    Attributes:
        time_zone_id (int | Unset): Time zone ID Example: 123.
        time_zone_name (str | Unset): Time zone name Example: America/New_York.
        time_zone_offset (str | Unset): Time zone offset Example: -05:00.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    time_zone_id: int | Unset = UNSET
    time_zone_name: str | Unset = UNSET
    time_zone_offset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    SmsListItemSendOnType0TimeZone,
    {
        "time_zone_id": WireField("timeZoneId", decode=wire_int),
        "time_zone_name": WireField("timeZoneName"),
        "time_zone_offset": WireField("timeZoneOffset"),
    },
    additional_properties=True,
)
