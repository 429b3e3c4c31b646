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
class WebsiteStats(WireModel):
    """
    Attributes:
        website_id (str): The website ID Example: PvLI8C.
        name (str | Unset):  Example: Variant A.
        page_views (int | Unset): The number of page views Example: 1.
        visits (int | Unset): The number of visits Example: 1.
        unique_visitors (int | Unset): The number of unique visitors Example: 1.
        thumbnail_url (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/wbe/N.
    """

    website_id: str
    name: str | Unset = UNSET
    page_views: int | Unset = UNSET
    visits: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebsiteStats._wire_fields}


WebsiteStats._extra_decoder = _decode_additional_properties

bind_fields(
    WebsiteStats,
    {
        "website_id": WireField("websiteId", required=True),
        "name": WireField("name"),
        "page_views": WireField("pageViews", decode=wire_int),
        "visits": WireField("visits", decode=wire_int),
        "unique_visitors": WireField("uniqueVisitors", decode=wire_int),
        "thumbnail_url": WireField("thumbnailUrl"),
    },
    additional_properties=True,
)
