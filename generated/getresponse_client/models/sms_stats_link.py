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
class SmsStatsLink(WireModel):
    """Link details

    Attributes:
        url (str | Unset): Link URL Example: https://getresponse.com.
        clicks (int | Unset): The number of link clicks from an SMS message Example: 1.
        unique_clicks (int | Unset): The number of unique link clicks from an SMS message Example: 1.
    """

    url: str | Unset = UNSET
    clicks: int | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[SmsStatsLink], src_dict: Mapping[str, Any]) -> SmsStatsLink:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.url = get("url", UNSET)
    value = get("clicks", UNSET)
    if type(value) is int or absent(value):
        self.clicks = value
    else:
        try:
            self.clicks = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "clicks", value, error)
    value = get("uniqueClicks", UNSET)
    if type(value) is int or absent(value):
        self.unique_clicks = value
    else:
        try:
            self.unique_clicks = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_clicks", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsLink._wire_fields}


setattr(SmsStatsLink, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsStatsLink._wire_names = {
    "url": "url",
    "clicks": "clicks",
    "unique_clicks": "uniqueClicks",
}
SmsStatsLink._wire_fields = frozenset(SmsStatsLink._wire_names.values())
SmsStatsLink._decoders = {
    "url": None,
    "clicks": wire_int,
    "unique_clicks": wire_int,
}
SmsStatsLink._extra_decoder = _decode_additional_properties
