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
class WebsiteStatistics(WireModel):
    """
    Attributes:
        page_views (int | Unset): Number of page views Example: 9.
        visits (int | Unset): Number of site visits Example: 5.
        unique_visitors (int | Unset): Number of unique visitors Example: 5.
    """

    page_views: int | Unset = UNSET
    visits: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[WebsiteStatistics], src_dict: Mapping[str, Any]) -> WebsiteStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("pageViews", UNSET)
    if type(value) is int or absent(value):
        self.page_views = value
    else:
        try:
            self.page_views = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "page_views", value, error)
    value = get("visits", UNSET)
    if type(value) is int or absent(value):
        self.visits = value
    else:
        try:
            self.visits = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "visits", value, error)
    value = get("uniqueVisitors", UNSET)
    if type(value) is int or absent(value):
        self.unique_visitors = value
    else:
        try:
            self.unique_visitors = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_visitors", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebsiteStatistics._wire_fields}


setattr(WebsiteStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
WebsiteStatistics._wire_names = {
    "page_views": "pageViews",
    "visits": "visits",
    "unique_visitors": "uniqueVisitors",
}
WebsiteStatistics._wire_fields = frozenset(WebsiteStatistics._wire_names.values())
WebsiteStatistics._decoders = {
    "page_views": wire_int,
    "visits": wire_int,
    "unique_visitors": wire_int,
}
WebsiteStatistics._extra_decoder = _decode_additional_properties
