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
    not_in_response,
    wire_int,
)

from ..types import UNSET


@_attrs_define
class WebinarStatistics(WireModel):
    """
    Attributes:
        registrants (int):  Example: 15.
        visitors (int):  Example: 10.
        attendees (int):  Example: 5.
    """

    registrants: int
    visitors: int
    attendees: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[WebinarStatistics], src_dict: Mapping[str, Any]) -> WebinarStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("registrants", UNSET)
    if value is UNSET:
        not_in_response(self, "registrants")
    elif type(value) is int or absent(value):
        self.registrants = value
    else:
        try:
            self.registrants = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "registrants", value, error)
    value = get("visitors", UNSET)
    if value is UNSET:
        not_in_response(self, "visitors")
    elif type(value) is int or absent(value):
        self.visitors = value
    else:
        try:
            self.visitors = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "visitors", value, error)
    value = get("attendees", UNSET)
    if value is UNSET:
        not_in_response(self, "attendees")
    elif type(value) is int or absent(value):
        self.attendees = value
    else:
        try:
            self.attendees = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "attendees", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebinarStatistics._wire_fields}


setattr(WebinarStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
WebinarStatistics._wire_names = {
    "registrants": "registrants",
    "visitors": "visitors",
    "attendees": "attendees",
}
WebinarStatistics._wire_fields = frozenset(WebinarStatistics._wire_names.values())
WebinarStatistics._decoders = {
    "registrants": wire_int,
    "visitors": wire_int,
    "attendees": wire_int,
}
WebinarStatistics._extra_decoder = _decode_additional_properties
