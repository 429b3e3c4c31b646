from __future__ import annotations

import datetime
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
    parse_date,
)

from ..types import UNSET


@_attrs_define
class CustomDateRange(WireModel):
    """
    Attributes:
        from_ (datetime.date): The UTC date format Example: 2018-04-01.
        to (datetime.date): The UTC date format Example: 2018-04-10.
    """

    from_: datetime.date
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_from_(json_value_: Any) -> datetime.date:
    from_ = datetime.date.fromisoformat(json_value_)

    return from_


def _decode_to(json_value_: Any) -> datetime.date:
    to = datetime.date.fromisoformat(json_value_)

    return to


def _from_dict(cls: type[CustomDateRange], src_dict: Mapping[str, Any]) -> CustomDateRange:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("from", UNSET)
    if value is UNSET:
        not_in_response(self, "from_")
    elif type(value) is str:
        try:
            self.from_ = parse_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_", value, error)
    elif absent(value):
        self.from_ = value
    else:
        try:
            self.from_ = _decode_from_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_", value, error)
    value = get("to", UNSET)
    if value is UNSET:
        not_in_response(self, "to")
    elif type(value) is str:
        try:
            self.to = parse_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "to", value, error)
    elif absent(value):
        self.to = value
    else:
        try:
            self.to = _decode_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "to", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomDateRange._wire_fields}


setattr(CustomDateRange, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomDateRange._wire_names = {
    "from_": "from",
    "to": "to",
}
CustomDateRange._wire_fields = frozenset(CustomDateRange._wire_names.values())
CustomDateRange._decoders = {
    "from_": _decode_from_,
    "to": _decode_to,
}
CustomDateRange._extra_decoder = _decode_additional_properties
