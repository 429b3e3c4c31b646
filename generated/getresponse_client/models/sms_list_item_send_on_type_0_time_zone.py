from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SmsListItemSendOnType0TimeZone(WireModel):
    """Time zone details

    Attributes:
        time_zone_id (int | Unset): Time zone ID Example: 123.
        time_zone_name (str | Unset): Time zone name Example: America/New_York.
        time_zone_offset (str | Unset): Time zone offset Example: -05:00.
    """

    time_zone_id: int | Unset = UNSET
    time_zone_name: str | Unset = UNSET
    time_zone_offset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsListItemSendOnType0TimeZone._wire_fields}


SmsListItemSendOnType0TimeZone._extra_decoder = _decode_additional_properties

bind_fields(
    SmsListItemSendOnType0TimeZone,
    {
        "time_zone_id": WireField("timeZoneId", decode=wire_int),
        "time_zone_name": WireField("timeZoneName"),
        "time_zone_offset": WireField("timeZoneOffset"),
    },
    additional_properties=True,
)
