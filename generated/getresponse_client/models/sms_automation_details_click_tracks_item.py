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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsAutomationDetailsClickTracksItem._wire_fields}


SmsAutomationDetailsClickTracksItem._extra_decoder = _decode_additional_properties

bind_fields(
    SmsAutomationDetailsClickTracksItem,
    {
        "click_track_id": WireField("clickTrackId"),
        "href": WireField("href"),
        "url": WireField("url"),
        "label": WireField("label"),
        "amount": WireField("amount", decode=wire_int),
        "unique_amount": WireField("uniqueAmount", decode=wire_int),
    },
    additional_properties=True,
)
