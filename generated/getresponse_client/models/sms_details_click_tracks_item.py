from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsDetailsClickTracksItem")


@_attrs_define
class SmsDetailsClickTracksItem(WireModel):
    """
    Attributes:
        click_track_id (str | Unset): The click track ID Example: a2.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/click-tracks/a2.
        url (str | Unset): The link URL Example: https://example.com.
        label (str | Unset): The link label Example: example-link.
        amount (int | Unset): Number of clicks on a link Example: 2.
        unique_amount (int | Unset): Number of unique clicks on link Example: 1.
    """

    click_track_id: str | Unset = UNSET
    href: str | Unset = UNSET
    url: str | Unset = UNSET
    label: str | Unset = UNSET
    amount: int | Unset = UNSET
    unique_amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        click_track_id = self.click_track_id

        href = self.href

        url = self.url

        label = self.label

        amount = self.amount

        unique_amount = self.unique_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if click_track_id is not UNSET:
            field_dict["clickTrackId"] = click_track_id
        if href is not UNSET:
            field_dict["href"] = href
        if url is not UNSET:
            field_dict["url"] = url
        if label is not UNSET:
            field_dict["label"] = label
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unique_amount is not UNSET:
            field_dict["uniqueAmount"] = unique_amount

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


def _decode_click_track_id(d: Mapping[str, Any]) -> str | Unset:
    click_track_id: str | Unset = d.get("clickTrackId", UNSET)
    return click_track_id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_url(d: Mapping[str, Any]) -> str | Unset:
    url: str | Unset = d.get("url", UNSET)
    return url


def _decode_label(d: Mapping[str, Any]) -> str | Unset:
    label: str | Unset = d.get("label", UNSET)
    return label


def _decode_amount(d: Mapping[str, Any]) -> int | Unset:
    amount: int | Unset = d.get("amount", UNSET)
    return amount


def _decode_unique_amount(d: Mapping[str, Any]) -> int | Unset:
    unique_amount: int | Unset = d.get("uniqueAmount", UNSET)
    return unique_amount


def _encode_click_track_id(self: SmsDetailsClickTracksItem) -> Any:
    click_track_id = self.click_track_id
    return click_track_id


def _encode_href(self: SmsDetailsClickTracksItem) -> Any:
    href = self.href
    return href


def _encode_url(self: SmsDetailsClickTracksItem) -> Any:
    url = self.url
    return url


def _encode_label(self: SmsDetailsClickTracksItem) -> Any:
    label = self.label
    return label


def _encode_amount(self: SmsDetailsClickTracksItem) -> Any:
    amount = self.amount
    return amount


def _encode_unique_amount(self: SmsDetailsClickTracksItem) -> Any:
    unique_amount = self.unique_amount
    return unique_amount


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsDetailsClickTracksItem._wire_fields}


SmsDetailsClickTracksItem._wire_names = {
    "click_track_id": "clickTrackId",
    "href": "href",
    "url": "url",
    "label": "label",
    "amount": "amount",
    "unique_amount": "uniqueAmount",
}
SmsDetailsClickTracksItem._wire_fields = frozenset(SmsDetailsClickTracksItem._wire_names.values())
SmsDetailsClickTracksItem._decoders = {
    "click_track_id": _decode_click_track_id,
    "href": _decode_href,
    "url": _decode_url,
    "label": _decode_label,
    "amount": _decode_amount,
    "unique_amount": _decode_unique_amount,
    "additional_properties": _decode_additional_properties,
}
SmsDetailsClickTracksItem._encoders = {
    "click_track_id": _encode_click_track_id,
    "href": _encode_href,
    "url": _encode_url,
    "label": _encode_label,
    "amount": _encode_amount,
    "unique_amount": _encode_unique_amount,
}
