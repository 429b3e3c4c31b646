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
class SendingLimitsListItem(WireModel):
    """
    Attributes:
        time_frame (int | Unset): Time frame, measured in seconds Example: 2592000.
        limit (int | Unset): The number of email sends available within a given time frame Example: 2500.
        used (int | Unset): The number of email sends used within the given time frame Example: 0.
    """

    time_frame: int | Unset = UNSET
    limit: int | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[SendingLimitsListItem], src_dict: Mapping[str, Any]) -> SendingLimitsListItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("timeFrame", UNSET)
    if type(value) is int or absent(value):
        self.time_frame = value
    else:
        try:
            self.time_frame = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_frame", value, error)
    value = get("limit", UNSET)
    if type(value) is int or absent(value):
        self.limit = value
    else:
        try:
            self.limit = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "limit", value, error)
    value = get("used", UNSET)
    if type(value) is int or absent(value):
        self.used = value
    else:
        try:
            self.used = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "used", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendingLimitsListItem._wire_fields}


setattr(SendingLimitsListItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SendingLimitsListItem._wire_names = {
    "time_frame": "timeFrame",
    "limit": "limit",
    "used": "used",
}
SendingLimitsListItem._wire_fields = frozenset(SendingLimitsListItem._wire_names.values())
SendingLimitsListItem._decoders = {
    "time_frame": wire_int,
    "limit": wire_int,
    "used": wire_int,
}
SendingLimitsListItem._extra_decoder = _decode_additional_properties
