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

from ..types import UNSET, Unset


@_attrs_define
class PopupGeneralPerformanceStats(WireModel):
    """
    Attributes:
        popup_id (str): The form or popup ID Example: 7189c47e-e45f-4c45-a882-08649c48ff96.
        views (int | Unset): The total number of times your popup was viewed by website visitors Example: 9.
        clicks (int | Unset): The number of clicks Example: 2.
        ctr (int | Unset): The number of clicks divided by the number of views, shown as a percentage Example: 5.
        leads (int | Unset): The number of leads Example: 2.
    """

    popup_id: str
    views: int | Unset = UNSET
    clicks: int | Unset = UNSET
    ctr: int | Unset = UNSET
    leads: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[PopupGeneralPerformanceStats], src_dict: Mapping[str, Any]) -> PopupGeneralPerformanceStats:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("popupId", UNSET)
    if value is UNSET:
        not_in_response(self, "popup_id")
    else:
        self.popup_id = value
    value = get("views", UNSET)
    if type(value) is int or absent(value):
        self.views = value
    else:
        try:
            self.views = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "views", value, error)
    value = get("clicks", UNSET)
    if type(value) is int or absent(value):
        self.clicks = value
    else:
        try:
            self.clicks = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "clicks", value, error)
    value = get("ctr", UNSET)
    if type(value) is int or absent(value):
        self.ctr = value
    else:
        try:
            self.ctr = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "ctr", value, error)
    value = get("leads", UNSET)
    if type(value) is int or absent(value):
        self.leads = value
    else:
        try:
            self.leads = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "leads", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupGeneralPerformanceStats._wire_fields}


setattr(PopupGeneralPerformanceStats, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
PopupGeneralPerformanceStats._wire_names = {
    "popup_id": "popupId",
    "views": "views",
    "clicks": "clicks",
    "ctr": "ctr",
    "leads": "leads",
}
PopupGeneralPerformanceStats._wire_fields = frozenset(PopupGeneralPerformanceStats._wire_names.values())
PopupGeneralPerformanceStats._decoders = {
    "popup_id": None,
    "views": wire_int,
    "clicks": wire_int,
    "ctr": wire_int,
    "leads": wire_int,
}
PopupGeneralPerformanceStats._extra_decoder = _decode_additional_properties
