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
class TimezoneId(WireModel):
    """
    Attributes:
        timezone_id (int | Unset):  Example: 1.
    """

    timezone_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[TimezoneId], src_dict: Mapping[str, Any]) -> TimezoneId:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("timezoneId", UNSET)
    if type(value) is int or absent(value):
        self.timezone_id = value
    else:
        try:
            self.timezone_id = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "timezone_id", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TimezoneId._wire_fields}


setattr(TimezoneId, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TimezoneId._wire_names = {
    "timezone_id": "timezoneId",
}
TimezoneId._wire_fields = frozenset(TimezoneId._wire_names.values())
TimezoneId._decoders = {
    "timezone_id": wire_int,
}
TimezoneId._extra_decoder = _decode_additional_properties
