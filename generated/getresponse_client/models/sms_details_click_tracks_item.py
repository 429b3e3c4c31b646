from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

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


def _from_dict(cls: type[SmsDetailsClickTracksItem], src_dict: Mapping[str, Any]) -> SmsDetailsClickTracksItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.click_track_id = get("clickTrackId", UNSET)
    self.href = get("href", UNSET)
    self.url = get("url", UNSET)
    self.label = get("label", UNSET)
    self.amount = get("amount", UNSET)
    self.unique_amount = get("uniqueAmount", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsDetailsClickTracksItem._wire_fields}


setattr(SmsDetailsClickTracksItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
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
    "click_track_id": None,
    "href": None,
    "url": None,
    "label": None,
    "amount": None,
    "unique_amount": None,
}
SmsDetailsClickTracksItem._encoders = {
    "click_track_id": _encode_click_track_id,
    "href": _encode_href,
    "url": _encode_url,
    "label": _encode_label,
    "amount": _encode_amount,
    "unique_amount": _encode_unique_amount,
}
SmsDetailsClickTracksItem._extra_decoder = _decode_additional_properties
