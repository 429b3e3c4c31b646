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
class AbtestsSubjectListItemDeliverySettingsSendOnTimeZone(WireModel):
    """Time zone in which the newsletter was sent

    Attributes:
        time_zone_id (int | Unset): ID of the time zone the newsletter was sent in
        time_zone_name (int | None | Unset): Name of the time zone the newsletter was sent in
        time_zone_offset (int | None | Unset): Time zone, or UTC, offset for when the newsletter was sent
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    time_zone_id: int | Unset = UNSET
    time_zone_name: int | None | Unset = UNSET
    time_zone_offset: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    AbtestsSubjectListItemDeliverySettingsSendOnTimeZone,
    {
        "time_zone_id": WireField("timeZoneId", decode=wire_int),
        "time_zone_name": WireField("timeZoneName"),
        "time_zone_offset": WireField("timeZoneOffset"),
    },
    additional_properties=True,
)
