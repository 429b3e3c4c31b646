from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

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


def _encode_url(self: SmsStatsLink) -> Any:
    url = self.url
    return url


def _encode_clicks(self: SmsStatsLink) -> Any:
    clicks = self.clicks
    return clicks


def _encode_unique_clicks(self: SmsStatsLink) -> Any:
    unique_clicks = self.unique_clicks
    return unique_clicks


def _from_dict(cls: type[SmsStatsLink], src_dict: Mapping[str, Any]) -> SmsStatsLink:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.url = get("url", UNSET)
    self.clicks = get("clicks", UNSET)
    self.unique_clicks = get("uniqueClicks", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsLink._wire_fields}


setattr(SmsStatsLink, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsStatsLink._wire_names = {
    "url": "url",
    "clicks": "clicks",
    "unique_clicks": "uniqueClicks",
}
SmsStatsLink._wire_fields = frozenset(SmsStatsLink._wire_names.values())
SmsStatsLink._decoders = {
    "url": None,
    "clicks": None,
    "unique_clicks": None,
}
SmsStatsLink._encoders = {
    "url": _encode_url,
    "clicks": _encode_clicks,
    "unique_clicks": _encode_unique_clicks,
}
SmsStatsLink._extra_decoder = _decode_additional_properties
