from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStatsLink")


@_attrs_define
class SmsStatsLink(WireModel):
    """Link details

    Attributes:
        url (str | Unset): Link URL Example: https://getresponse.com.
        clicks (int | Unset): The number of link clicks from an SMS message Example: 1.
        unique_clicks (int | Unset): The number of unique link clicks from an SMS message Example: 1.
    """

    url: str | Unset = UNSET
    clicks: int | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        url = self.url

        clicks = self.clicks

        unique_clicks = self.unique_clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if unique_clicks is not UNSET:
            field_dict["uniqueClicks"] = unique_clicks

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


def _decode_url(d: Mapping[str, Any]) -> str | Unset:
    url: str | Unset = d.get("url", UNSET)
    return url


def _decode_clicks(d: Mapping[str, Any]) -> int | Unset:
    clicks: int | Unset = d.get("clicks", UNSET)
    return clicks


def _decode_unique_clicks(d: Mapping[str, Any]) -> int | Unset:
    unique_clicks: int | Unset = d.get("uniqueClicks", UNSET)
    return unique_clicks


def _encode_url(self: SmsStatsLink) -> Any:
    url = self.url
    return url


def _encode_clicks(self: SmsStatsLink) -> Any:
    clicks = self.clicks
    return clicks


def _encode_unique_clicks(self: SmsStatsLink) -> Any:
    unique_clicks = self.unique_clicks
    return unique_clicks


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsLink._wire_fields}


SmsStatsLink._wire_names = {
    "url": "url",
    "clicks": "clicks",
    "unique_clicks": "uniqueClicks",
}
SmsStatsLink._wire_fields = frozenset(SmsStatsLink._wire_names.values())
SmsStatsLink._decoders = {
    "url": _decode_url,
    "clicks": _decode_clicks,
    "unique_clicks": _decode_unique_clicks,
    "additional_properties": _decode_additional_properties,
}
SmsStatsLink._encoders = {
    "url": _encode_url,
    "clicks": _encode_clicks,
    "unique_clicks": _encode_unique_clicks,
}
