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
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
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


def _from_dict(
    cls: type[SmsListItemSendOnType0TimeZone], src_dict: Mapping[str, Any]
) -> SmsListItemSendOnType0TimeZone:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("timeZoneId", UNSET)
    if type(value) is int or absent(value):
        self.time_zone_id = value
    else:
        try:
            self.time_zone_id = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_zone_id", value, error)
    self.time_zone_name = get("timeZoneName", UNSET)
    self.time_zone_offset = get("timeZoneOffset", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsListItemSendOnType0TimeZone._wire_fields}


setattr(
    SmsListItemSendOnType0TimeZone, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SmsListItemSendOnType0TimeZone._wire_names = {
    "time_zone_id": "timeZoneId",
    "time_zone_name": "timeZoneName",
    "time_zone_offset": "timeZoneOffset",
}
SmsListItemSendOnType0TimeZone._wire_fields = frozenset(SmsListItemSendOnType0TimeZone._wire_names.values())
SmsListItemSendOnType0TimeZone._decoders = {
    "time_zone_id": wire_int,
    "time_zone_name": None,
    "time_zone_offset": None,
}
SmsListItemSendOnType0TimeZone._extra_decoder = _decode_additional_properties
