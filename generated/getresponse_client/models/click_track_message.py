from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.click_track_message_resource_type import ClickTrackMessageResourceType
from ..models.click_track_message_type import ClickTrackMessageType
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ClickTrackMessage(WireModel):
    """The source message reference for a click track

    Attributes:
        resource_id (str | Unset): The ID identifying message resource Example: r35N.
        type_ (ClickTrackMessageType | Unset): The message type Example: broadcast.
        created_on (datetime.datetime | Unset): The message creation date Example: 2019-12-01T08:21:28+0000.
        resource_type (ClickTrackMessageResourceType | Unset): Type of the resource that represents the message in the
            API Example: newsletters.
        href (str | Unset): Direct URL to the resource that represents the message Example:
            https://api.getresponse.com/v3/newsletters/r35N.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    resource_id: str | Unset = UNSET
    type_: ClickTrackMessageType | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    resource_type: ClickTrackMessageResourceType | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ClickTrackMessage,
    {
        "resource_id": WireField("resourceId"),
        "type_": WireField("type", enum=ClickTrackMessageType),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "resource_type": WireField("resourceType", enum=ClickTrackMessageResourceType),
        "href": WireField("href"),
    },
    additional_properties=True,
)
