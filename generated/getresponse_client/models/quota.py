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
class Quota(WireModel):
    """
    Attributes:
        limit (int | Unset): The total size of available storage space Example: 1048576.
        usage (int | Unset): The currently used storage space Example: 1024.
    """

    limit: int | Unset = UNSET
    usage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[Quota], src_dict: Mapping[str, Any]) -> Quota:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("limit", UNSET)
    if type(value) is int or absent(value):
        self.limit = value
    else:
        try:
            self.limit = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "limit", value, error)
    value = get("usage", UNSET)
    if type(value) is int or absent(value):
        self.usage = value
    else:
        try:
            self.usage = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "usage", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Quota._wire_fields}


setattr(Quota, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Quota._wire_names = {
    "limit": "limit",
    "usage": "usage",
}
Quota._wire_fields = frozenset(Quota._wire_names.values())
Quota._decoders = {
    "limit": wire_int,
    "usage": wire_int,
}
Quota._extra_decoder = _decode_additional_properties
