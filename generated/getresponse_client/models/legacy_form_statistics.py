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
class LegacyFormStatistics(WireModel):
    """
    Attributes:
        opened (int | Unset): The number of Legacy Form views Example: 1234.
        subscribed (int | Unset): The number of contacts that subscribed using this Legacy Form Example: 100.
    """

    opened: int | Unset = UNSET
    subscribed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[LegacyFormStatistics], src_dict: Mapping[str, Any]) -> LegacyFormStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("opened", UNSET)
    if type(value) is int or absent(value):
        self.opened = value
    else:
        try:
            self.opened = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "opened", value, error)
    value = get("subscribed", UNSET)
    if type(value) is int or absent(value):
        self.subscribed = value
    else:
        try:
            self.subscribed = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscribed", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LegacyFormStatistics._wire_fields}


setattr(LegacyFormStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
LegacyFormStatistics._wire_names = {
    "opened": "opened",
    "subscribed": "subscribed",
}
LegacyFormStatistics._wire_fields = frozenset(LegacyFormStatistics._wire_names.values())
LegacyFormStatistics._decoders = {
    "opened": wire_int,
    "subscribed": wire_int,
}
LegacyFormStatistics._extra_decoder = _decode_additional_properties
