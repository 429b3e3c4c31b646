from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewAbtestsSubjectDeliverySettingsSendOnTimeZone(WireModel):
    """Time zone in which the newsletter was sent

    Attributes:
        time_zone_id (int): ID of the time zone the newsletter was sent in Example: 285.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    time_zone_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewAbtestsSubjectDeliverySettingsSendOnTimeZoneDict(TypedDict, total=False):
    """NewAbtestsSubjectDeliverySettingsSendOnTimeZone as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    timeZoneId: Required[int]


bind_fields(
    NewAbtestsSubjectDeliverySettingsSendOnTimeZone,
    {
        "time_zone_id": WireField("timeZoneId", required=True, decode=wire_int),
    },
    additional_properties=True,
)
