from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
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


def _from_dict(cls: type[ClickTrack], src_dict: Mapping[str, Any]) -> ClickTrack:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.click_track_id = get("clickTrackId", UNSET)
    self.url = get("url", UNSET)
    self.name = get("name", UNSET)
    self.amount = get("amount", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ClickTrack._wire_fields}


setattr(ClickTrack, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ClickTrack._wire_names = {
    "click_track_id": "clickTrackId",
    "url": "url",
    "name": "name",
    "amount": "amount",
}
ClickTrack._wire_fields = frozenset(ClickTrack._wire_names.values())
ClickTrack._decoders = {
    "click_track_id": None,
    "url": None,
    "name": None,
    "amount": None,
}
ClickTrack._extra_decoder = _decode_additional_properties
