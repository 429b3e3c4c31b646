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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupListItemStatistics._wire_fields}


PopupListItemStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    PopupListItemStatistics,
    {
        "views": WireField("views", decode=wire_int),
        "unique_visitors": WireField("uniqueVisitors", decode=wire_int),
        "leads": WireField("leads", decode=wire_int),
        "ctr": WireField("ctr", decode=wire_int),
    },
    additional_properties=True,
)
