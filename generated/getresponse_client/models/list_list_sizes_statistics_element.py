from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListListSizesStatisticsElement")


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

    def _encode(self) -> dict[str, Any]:
        total_subscribers = self.total_subscribers

        added_subscribers = self.added_subscribers

        removed_subscribers = self.removed_subscribers

        created_on = self.created_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_subscribers is not UNSET:
            field_dict["totalSubscribers"] = total_subscribers
        if added_subscribers is not UNSET:
            field_dict["addedSubscribers"] = added_subscribers
        if removed_subscribers is not UNSET:
            field_dict["removedSubscribers"] = removed_subscribers
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_total_subscribers(self: ListListSizesStatisticsElement) -> Any:
    total_subscribers = self.total_subscribers
    return total_subscribers


def _encode_added_subscribers(self: ListListSizesStatisticsElement) -> Any:
    added_subscribers = self.added_subscribers
    return added_subscribers


def _encode_removed_subscribers(self: ListListSizesStatisticsElement) -> Any:
    removed_subscribers = self.removed_subscribers
    return removed_subscribers


def _encode_created_on(self: ListListSizesStatisticsElement) -> Any:
    created_on = self.created_on
    return created_on


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
    self.total_subscribers = get("totalSubscribers", UNSET)
    self.added_subscribers = get("addedSubscribers", UNSET)
    self.removed_subscribers = get("removedSubscribers", UNSET)
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
    "total_subscribers": None,
    "added_subscribers": None,
    "removed_subscribers": None,
    "created_on": None,
}
ListListSizesStatisticsElement._encoders = {
    "total_subscribers": _encode_total_subscribers,
    "added_subscribers": _encode_added_subscribers,
    "removed_subscribers": _encode_removed_subscribers,
    "created_on": _encode_created_on,
}
ListListSizesStatisticsElement._extra_decoder = _decode_additional_properties
