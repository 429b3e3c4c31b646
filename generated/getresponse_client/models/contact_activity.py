from __future__ import annotations

import datetime
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
    enum_members,
    parse_datetime,
)

from ..models.contact_activity_activity import ContactActivityActivity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_activity_click_track import ContactActivityClickTrack
    from ..models.contact_activity_resource import ContactActivityResource


@_attrs_define
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


def _decode_activity(json_value_: Any) -> ContactActivityActivity | Unset:
    _activity = json_value_
    activity: ContactActivityActivity | Unset
    if isinstance(_activity, Unset):
        activity = UNSET
    else:
        activity = ContactActivityActivity(_activity)

    return activity


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_resource(json_value_: Any) -> ContactActivityResource | Unset:
    _resource = json_value_
    resource: ContactActivityResource | Unset
    if isinstance(_resource, Unset):
        resource = UNSET
    else:
        resource = ContactActivityResource.from_dict(_resource)

    return resource


def _decode_click_track(json_value_: Any) -> ContactActivityClickTrack | Unset:
    _click_track = json_value_
    click_track: ContactActivityClickTrack | Unset
    if isinstance(_click_track, Unset):
        click_track = UNSET
    else:
        click_track = ContactActivityClickTrack.from_dict(_click_track)

    return click_track


def _from_dict(cls: type[ContactActivity], src_dict: Mapping[str, Any]) -> ContactActivity:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("activity", UNSET)
    if type(value) is str:
        try:
            self.activity = _members_activity[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.activity = ContactActivityActivity(value)
    elif absent(value):
        self.activity = value
    else:
        try:
            self.activity = _decode_activity(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "activity", value, error)
    self.subject = get("subject", UNSET)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    self.preview_url = get("previewUrl", UNSET)
    value = get("resource", UNSET)
    if type(value) is dict:
        self.resource = ContactActivityResource.from_dict(value)
    elif absent(value):
        self.resource = value
    else:
        try:
            self.resource = _decode_resource(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "resource", value, error)
    value = get("clickTrack", UNSET)
    if type(value) is dict:
        self.click_track = ContactActivityClickTrack.from_dict(value)
    elif absent(value):
        self.click_track = value
    else:
        try:
            self.click_track = _decode_click_track(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "click_track", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactActivity._wire_fields}


setattr(ContactActivity, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ContactActivity._wire_names = {
    "activity": "activity",
    "subject": "subject",
    "created_on": "createdOn",
    "preview_url": "previewUrl",
    "resource": "resource",
    "click_track": "clickTrack",
}
ContactActivity._wire_fields = frozenset(ContactActivity._wire_names.values())
ContactActivity._decoders = {
    "activity": _decode_activity,
    "subject": None,
    "created_on": _decode_created_on,
    "preview_url": None,
    "resource": _decode_resource,
    "click_track": _decode_click_track,
}
ContactActivity._extra_decoder = _decode_additional_properties
_members_activity = enum_members(ContactActivityActivity)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.contact_activity_click_track import ContactActivityClickTrack  # noqa: E402
from ..models.contact_activity_resource import ContactActivityResource  # noqa: E402
