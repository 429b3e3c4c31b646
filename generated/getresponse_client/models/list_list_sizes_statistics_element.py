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


def _from_dict(
    cls: type[ListListSizesStatisticsElement], src_dict: Mapping[str, Any]
) -> ListListSizesStatisticsElement:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("totalSubscribers", UNSET)
    if type(value) is int or absent(value):
        self.total_subscribers = value
    else:
        try:
            self.total_subscribers = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_subscribers", value, error)
    value = get("addedSubscribers", UNSET)
    if type(value) is int or absent(value):
        self.added_subscribers = value
    else:
        try:
            self.added_subscribers = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "added_subscribers", value, error)
    value = get("removedSubscribers", UNSET)
    if type(value) is int or absent(value):
        self.removed_subscribers = value
    else:
        try:
            self.removed_subscribers = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "removed_subscribers", value, error)
    self.created_on = get("createdOn", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListListSizesStatisticsElement._wire_fields}


setattr(
    ListListSizesStatisticsElement, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListListSizesStatisticsElement._wire_names = {
    "total_subscribers": "totalSubscribers",
    "added_subscribers": "addedSubscribers",
    "removed_subscribers": "removedSubscribers",
    "created_on": "createdOn",
}
ListListSizesStatisticsElement._wire_fields = frozenset(ListListSizesStatisticsElement._wire_names.values())
ListListSizesStatisticsElement._decoders = {
    "total_subscribers": wire_int,
    "added_subscribers": wire_int,
    "removed_subscribers": wire_int,
    "created_on": None,
}
ListListSizesStatisticsElement._extra_decoder = _decode_additional_properties
