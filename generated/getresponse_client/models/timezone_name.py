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
class TimezoneName(WireModel):
    """
    Attributes:
        name (str | Unset): Time zone name as defined by https://en.wikipedia.org/wiki/List_of_tz_database_time_zones
            Example: Europe/Warsaw.
    """

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[TimezoneName], src_dict: Mapping[str, Any]) -> TimezoneName:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.name = get("name", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TimezoneName._wire_fields}


setattr(TimezoneName, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TimezoneName._wire_names = {
    "name": "name",
}
TimezoneName._wire_fields = frozenset(TimezoneName._wire_names.values())
TimezoneName._decoders = {
    "name": None,
}
TimezoneName._extra_decoder = _decode_additional_properties
