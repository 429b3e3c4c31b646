from __future__ import annotations

import datetime
from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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

    activity: ContactActivityActivity | Unset = UNSET
    subject: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    resource: ContactActivityResource | Unset = UNSET
    click_track: ContactActivityClickTrack | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactActivity._wire_fields}


ContactActivity._extra_decoder = _decode_additional_properties

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
