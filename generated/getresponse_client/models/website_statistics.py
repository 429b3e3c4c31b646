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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebsiteStatistics._wire_fields}


WebsiteStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    WebsiteStatistics,
    {
        "page_views": WireField("pageViews", decode=wire_int),
        "visits": WireField("visits", decode=wire_int),
        "unique_visitors": WireField("uniqueVisitors", decode=wire_int),
    },
    additional_properties=True,
)
