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
class PopupListItemStatistics(WireModel):
    """
    Attributes:
        views (int | Unset): The total number of times your popup was viewed by website visitors Example: 9.
        unique_visitors (int | Unset): The total number of visitors Example: 10.
        leads (int | Unset): The number of leads Example: 5.
        ctr (int | Unset): The number of clicks divided by the number of views, shown as a percentage Example: 52.
    """

    views: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    leads: int | Unset = UNSET
    ctr: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[PopupListItemStatistics], src_dict: Mapping[str, Any]) -> PopupListItemStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("views", UNSET)
    if type(value) is int or absent(value):
        self.views = value
    else:
        try:
            self.views = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "views", value, error)
    value = get("uniqueVisitors", UNSET)
    if type(value) is int or absent(value):
        self.unique_visitors = value
    else:
        try:
            self.unique_visitors = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_visitors", value, error)
    value = get("leads", UNSET)
    if type(value) is int or absent(value):
        self.leads = value
    else:
        try:
            self.leads = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "leads", value, error)
    value = get("ctr", UNSET)
    if type(value) is int or absent(value):
        self.ctr = value
    else:
        try:
            self.ctr = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "ctr", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupListItemStatistics._wire_fields}


setattr(PopupListItemStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
PopupListItemStatistics._wire_names = {
    "views": "views",
    "unique_visitors": "uniqueVisitors",
    "leads": "leads",
    "ctr": "ctr",
}
PopupListItemStatistics._wire_fields = frozenset(PopupListItemStatistics._wire_names.values())
PopupListItemStatistics._decoders = {
    "views": wire_int,
    "unique_visitors": wire_int,
    "leads": wire_int,
    "ctr": wire_int,
}
PopupListItemStatistics._extra_decoder = _decode_additional_properties
