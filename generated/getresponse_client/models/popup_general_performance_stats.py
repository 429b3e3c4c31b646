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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupGeneralPerformanceStats._wire_fields}


PopupGeneralPerformanceStats._extra_decoder = _decode_additional_properties

bind_fields(
    PopupGeneralPerformanceStats,
    {
        "popup_id": WireField("popupId", required=True),
        "views": WireField("views", decode=wire_int),
        "clicks": WireField("clicks", decode=wire_int),
        "ctr": WireField("ctr", decode=wire_int),
        "leads": WireField("leads", decode=wire_int),
    },
    additional_properties=True,
)
