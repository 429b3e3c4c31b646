from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    wire_int,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_track_message import ClickTrackMessage


@_attrs_define
class ClickTrackResource(WireModel):
    """
    Attributes:
        click_track_id (str):  Example: C12t.
        name (str | Unset): The name (label) of a click track Example: Click here.
        url (str | Unset): The link URL of a click track Example: https://example.com/shop.
        clicks (int | Unset): The number of clicks counted for a click track Example: 25951.
        message (ClickTrackMessage | Unset): The source message reference for a click track
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/click-tracks/C12t.
    """

    click_track_id: str
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    clicks: int | Unset = UNSET
    message: ClickTrackMessage | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_message(json_value_: Any) -> ClickTrackMessage | Unset:
    _message = json_value_
    message: ClickTrackMessage | Unset
    if isinstance(_message, Unset):
        message = UNSET
    else:
        message = ClickTrackMessage.from_dict(_message)

    return message


def _from_dict(cls: type[ClickTrackResource], src_dict: Mapping[str, Any]) -> ClickTrackResource:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("clickTrackId", UNSET)
    if value is UNSET:
        not_in_response(self, "click_track_id")
    else:
        self.click_track_id = value
    self.name = get("name", UNSET)
    self.url = get("url", UNSET)
    value = get("clicks", UNSET)
    if type(value) is int or absent(value):
        self.clicks = value
    else:
        try:
            self.clicks = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "clicks", value, error)
    value = get("message", UNSET)
    if type(value) is dict:
        self.message = ClickTrackMessage.from_dict(value)
    elif absent(value):
        self.message = value
    else:
        try:
            self.message = _decode_message(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "message", value, error)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ClickTrackResource._wire_fields}


setattr(ClickTrackResource, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ClickTrackResource._wire_names = {
    "click_track_id": "clickTrackId",
    "name": "name",
    "url": "url",
    "clicks": "clicks",
    "message": "message",
    "href": "href",
}
ClickTrackResource._wire_fields = frozenset(ClickTrackResource._wire_names.values())
ClickTrackResource._decoders = {
    "click_track_id": None,
    "name": None,
    "url": None,
    "clicks": wire_int,
    "message": _decode_message,
    "href": None,
}
ClickTrackResource._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.click_track_message import ClickTrackMessage  # noqa: E402
