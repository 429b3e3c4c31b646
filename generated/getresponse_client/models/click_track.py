from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ClickTrack(WireModel):
    """
    Attributes:
        click_track_id (str | Unset):  Example: C.
        url (str | Unset): The tracked link Example: https://example.com.
        name (str | Unset): The tracked link name Example: press here.
        amount (str | Unset): The number of clicks on a link in a message Example: 15.
    """

    click_track_id: str | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ClickTrack._wire_fields}


ClickTrack._extra_decoder = _decode_additional_properties

bind_fields(
    ClickTrack,
    {
        "click_track_id": WireField("clickTrackId"),
        "url": WireField("url"),
        "name": WireField("name"),
        "amount": WireField("amount"),
    },
    additional_properties=True,
)
