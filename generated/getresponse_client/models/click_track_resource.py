from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_track_message import ClickTrackMessage


T = TypeVar("T", bound="ClickTrackResource")


@_attrs_define
class ClickTrackResource(WireModel):
    """
    Attributes:
        click_track_id (str | Unset):  Example: C12t.
        name (str | Unset): The name (label) of a click track Example: Click here.
        url (str | Unset): The link URL of a click track Example: https://example.com/shop.
        clicks (int | Unset): The number of clicks counted for a click track Example: 25951.
        message (ClickTrackMessage | Unset): The source message reference for a click track
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/click-tracks/C12t.
    """

    click_track_id: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    clicks: int | Unset = UNSET
    message: ClickTrackMessage | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        click_track_id = self.click_track_id

        name = self.name

        url = self.url

        clicks = self.clicks

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if click_track_id is not UNSET:
            field_dict["clickTrackId"] = click_track_id
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if message is not UNSET:
            field_dict["message"] = message
        if href is not UNSET:
            field_dict["href"] = href

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


def _encode_click_track_id(self: ClickTrackResource) -> Any:
    click_track_id = self.click_track_id
    return click_track_id


def _encode_name(self: ClickTrackResource) -> Any:
    name = self.name
    return name


def _encode_url(self: ClickTrackResource) -> Any:
    url = self.url
    return url


def _encode_clicks(self: ClickTrackResource) -> Any:
    clicks = self.clicks
    return clicks


def _decode_message(json_value_: Any) -> ClickTrackMessage | Unset:
    _message = json_value_
    message: ClickTrackMessage | Unset
    if isinstance(_message, Unset):
        message = UNSET
    else:
        message = ClickTrackMessage.from_dict(_message)

    return message


def _encode_message(self: ClickTrackResource) -> Any:
    message: dict[str, Any] | Unset = UNSET
    if not isinstance(self.message, Unset):
        message = self.message.to_dict()
    return message


def _encode_href(self: ClickTrackResource) -> Any:
    href = self.href
    return href


def _from_dict(cls: type[ClickTrackResource], src_dict: Mapping[str, Any]) -> ClickTrackResource:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.click_track_id = get("clickTrackId", UNSET)
    self.name = get("name", UNSET)
    self.url = get("url", UNSET)
    self.clicks = get("clicks", UNSET)
    value = get("message", UNSET)
    if absent(value):
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
    "clicks": None,
    "message": _decode_message,
    "href": None,
}
ClickTrackResource._encoders = {
    "click_track_id": _encode_click_track_id,
    "name": _encode_name,
    "url": _encode_url,
    "clicks": _encode_clicks,
    "message": _encode_message,
    "href": _encode_href,
}
ClickTrackResource._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.click_track_message import ClickTrackMessage  # noqa: E402
