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
class ListListSizesStatisticsElement(WireModel):
    """
    Attributes:
        total_subscribers (int | Unset): The total amount of subscribers for a given datetime and grouping
        added_subscribers (int | Unset): The amount of subscribers added since the previous statistics frame
        removed_subscribers (int | Unset): The amount of subscribers removed since the previous statistics frame
        created_on (str | Unset): The statistics frame timestamp.
    """

    total_subscribers: int | Unset = UNSET
    added_subscribers: int | Unset = UNSET
    removed_subscribers: int | Unset = UNSET
    created_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListListSizesStatisticsElement._wire_fields}


ListListSizesStatisticsElement._extra_decoder = _decode_additional_properties

bind_fields(
    ListListSizesStatisticsElement,
    {
        "total_subscribers": WireField("totalSubscribers", decode=wire_int),
        "added_subscribers": WireField("addedSubscribers", decode=wire_int),
        "removed_subscribers": WireField("removedSubscribers", decode=wire_int),
        "created_on": WireField("createdOn"),
    },
    additional_properties=True,
)
