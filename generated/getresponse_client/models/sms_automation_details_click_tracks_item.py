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
class SmsAutomationDetailsClickTracksItem(WireModel):
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


def _from_dict(
    cls: type[SmsAutomationDetailsClickTracksItem], src_dict: Mapping[str, Any]
) -> SmsAutomationDetailsClickTracksItem:
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
    value = get("amount", UNSET)
    if type(value) is int or absent(value):
        self.amount = value
    else:
        try:
            self.amount = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "amount", value, error)
    value = get("uniqueAmount", UNSET)
    if type(value) is int or absent(value):
        self.unique_amount = value
    else:
        try:
            self.unique_amount = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_amount", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsAutomationDetailsClickTracksItem._wire_fields}


setattr(
    SmsAutomationDetailsClickTracksItem, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SmsAutomationDetailsClickTracksItem._wire_names = {
    "click_track_id": "clickTrackId",
    "href": "href",
    "url": "url",
    "label": "label",
    "amount": "amount",
    "unique_amount": "uniqueAmount",
}
SmsAutomationDetailsClickTracksItem._wire_fields = frozenset(SmsAutomationDetailsClickTracksItem._wire_names.values())
SmsAutomationDetailsClickTracksItem._decoders = {
    "click_track_id": None,
    "href": None,
    "url": None,
    "label": None,
    "amount": wire_int,
    "unique_amount": wire_int,
}
SmsAutomationDetailsClickTracksItem._extra_decoder = _decode_additional_properties
