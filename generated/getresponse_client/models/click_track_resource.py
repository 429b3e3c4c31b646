from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_track_message import ClickTrackMessage


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    click_track_id: str
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    clicks: int | Unset = UNSET
    message: ClickTrackMessage | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.click_track_message import ClickTrackMessage  # noqa: E402

bind_fields(
    ClickTrackResource,
    {
        "click_track_id": WireField("clickTrackId", required=True),
        "name": WireField("name"),
        "url": WireField("url"),
        "clicks": WireField("clicks", decode=wire_int),
        "message": WireField("message", decode=ClickTrackMessage.from_dict, keep=True),
        "href": WireField("href"),
    },
    additional_properties=True,
)
