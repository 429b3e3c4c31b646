from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LpsStats._wire_fields}


LpsStats._extra_decoder = _decode_additional_properties

bind_fields(
    LpsStats,
    {
        "lps_id": WireField("lpsId", required=True),
        "name": WireField("name"),
        "page_views": WireField("pageViews", decode=wire_int),
        "visits": WireField("visits", decode=wire_int),
        "unique_visitors": WireField("uniqueVisitors", decode=wire_int),
        "thumbnail_url": WireField("thumbnailUrl"),
    },
    additional_properties=True,
)
