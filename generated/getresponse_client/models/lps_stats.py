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
class LpsStats(WireModel):
    """
    Attributes:
        lps_id (str): The landing page ID Example: 6ee7597f-9bde-4b92-9411-2fb228c9fa34.
        name (str | Unset):  Example: Some example landing page.
        page_views (int | Unset): The total number of times your landing page was viewed or refreshed Example: 9.
        visits (int | Unset): The number of browsing sessions initiated on your landing page Example: 5.
        unique_visitors (int | Unset): The number of people who visited your landing page Example: 5.
        thumbnail_url (str | Unset): Direct hyperlink to a resource Example: https://us-wbe-img2.gr-
            cdn.com/user/X/Y.webp.
    """

    lps_id: str
    name: str | Unset = UNSET
    page_views: int | Unset = UNSET
    visits: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[LpsStats], src_dict: Mapping[str, Any]) -> LpsStats:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("lpsId", UNSET)
    if value is UNSET:
        not_in_response(self, "lps_id")
    else:
        self.lps_id = value
    self.name = get("name", UNSET)
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
    self.thumbnail_url = get("thumbnailUrl", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LpsStats._wire_fields}


setattr(LpsStats, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
LpsStats._wire_names = {
    "lps_id": "lpsId",
    "name": "name",
    "page_views": "pageViews",
    "visits": "visits",
    "unique_visitors": "uniqueVisitors",
    "thumbnail_url": "thumbnailUrl",
}
LpsStats._wire_fields = frozenset(LpsStats._wire_names.values())
LpsStats._decoders = {
    "lps_id": None,
    "name": None,
    "page_views": wire_int,
    "visits": wire_int,
    "unique_visitors": wire_int,
    "thumbnail_url": None,
}
LpsStats._extra_decoder = _decode_additional_properties
