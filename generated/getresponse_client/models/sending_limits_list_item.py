from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendingLimitsListItem")


@_attrs_define
class SendingLimitsListItem(WireModel):
    """
    Attributes:
        time_frame (int | Unset): Time frame, measured in seconds Example: 2592000.
        limit (int | Unset): The number of email sends available within a given time frame Example: 2500.
        used (int | Unset): The number of email sends used within the given time frame Example: 0.
    """

    time_frame: int | Unset = UNSET
    limit: int | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        time_frame = self.time_frame

        limit = self.limit

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_frame is not UNSET:
            field_dict["timeFrame"] = time_frame
        if limit is not UNSET:
            field_dict["limit"] = limit
        if used is not UNSET:
            field_dict["used"] = used

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


def _decode_time_frame(d: Mapping[str, Any]) -> int | Unset:
    time_frame: int | Unset = d.get("timeFrame", UNSET)
    return time_frame


def _decode_limit(d: Mapping[str, Any]) -> int | Unset:
    limit: int | Unset = d.get("limit", UNSET)
    return limit


def _decode_used(d: Mapping[str, Any]) -> int | Unset:
    used: int | Unset = d.get("used", UNSET)
    return used


def _encode_time_frame(self: SendingLimitsListItem) -> Any:
    time_frame = self.time_frame
    return time_frame


def _encode_limit(self: SendingLimitsListItem) -> Any:
    limit = self.limit
    return limit


def _encode_used(self: SendingLimitsListItem) -> Any:
    used = self.used
    return used


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendingLimitsListItem._wire_fields}


SendingLimitsListItem._wire_names = {
    "time_frame": "timeFrame",
    "limit": "limit",
    "used": "used",
}
SendingLimitsListItem._wire_fields = frozenset(SendingLimitsListItem._wire_names.values())
SendingLimitsListItem._decoders = {
    "time_frame": _decode_time_frame,
    "limit": _decode_limit,
    "used": _decode_used,
    "additional_properties": _decode_additional_properties,
}
SendingLimitsListItem._encoders = {
    "time_frame": _encode_time_frame,
    "limit": _encode_limit,
    "used": _encode_used,
}
