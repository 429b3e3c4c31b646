from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class TimezoneOffset(WireModel):
    """
    Attributes:
        offset (str | Unset):  Example: +01:00.
    """

    offset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[TimezoneOffset], src_dict: Mapping[str, Any]) -> TimezoneOffset:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.offset = get("offset", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TimezoneOffset._wire_fields}


setattr(TimezoneOffset, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TimezoneOffset._wire_names = {
    "offset": "offset",
}
TimezoneOffset._wire_fields = frozenset(TimezoneOffset._wire_names.values())
TimezoneOffset._decoders = {
    "offset": None,
}
TimezoneOffset._extra_decoder = _decode_additional_properties
