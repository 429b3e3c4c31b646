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

from ..models.contact_activity_activity import ContactActivityActivity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_activity_click_track import ContactActivityClickTrack
    from ..models.contact_activity_resource import ContactActivityResource


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ContactActivity(WireModel):
    """
    Attributes:
        activity (ContactActivityActivity | Unset): The type of activity Example: click.
        subject (str | Unset):  Example: Shop offer update!.
        created_on (datetime.datetime | Unset): The activity date
        preview_url (None | str | Unset): This is only available for the send activity. Example:
            https://www.grnewsletters.com/archive/campaign_name55f6b0ff01/Test-2135303.html.
        resource (ContactActivityResource | Unset):
        click_track (ContactActivityClickTrack | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    activity: ContactActivityActivity | Unset = UNSET
    subject: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    resource: ContactActivityResource | Unset = UNSET
    click_track: ContactActivityClickTrack | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.contact_activity_click_track import ContactActivityClickTrack  # noqa: E402
from ..models.contact_activity_resource import ContactActivityResource  # noqa: E402

bind_fields(
    ContactActivity,
    {
        "activity": WireField("activity", enum=ContactActivityActivity),
        "subject": WireField("subject"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "preview_url": WireField("previewUrl"),
        "resource": WireField("resource", decode=ContactActivityResource.from_dict, keep=True),
        "click_track": WireField("clickTrack", decode=ContactActivityClickTrack.from_dict, keep=True),
    },
    additional_properties=True,
)
