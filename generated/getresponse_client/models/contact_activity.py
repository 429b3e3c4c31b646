from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.contact_activity_activity import ContactActivityActivity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_activity_click_track import ContactActivityClickTrack
    from ..models.contact_activity_resource import ContactActivityResource


T = TypeVar("T", bound="ContactActivity")


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

    def _encode(self) -> dict[str, Any]:
        activity: str | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.value

        subject = self.subject

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        click_track: dict[str, Any] | Unset = UNSET
        if not isinstance(self.click_track, Unset):
            click_track = self.click_track.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity is not UNSET:
            field_dict["activity"] = activity
        if subject is not UNSET:
            field_dict["subject"] = subject
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if preview_url is not UNSET:
            field_dict["previewUrl"] = preview_url
        if resource is not UNSET:
            field_dict["resource"] = resource
        if click_track is not UNSET:
            field_dict["clickTrack"] = click_track

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


def _decode_activity(d: Mapping[str, Any]) -> ContactActivityActivity | Unset:
    _activity = d.get("activity", UNSET)
    activity: ContactActivityActivity | Unset
    if isinstance(_activity, Unset):
        activity = UNSET
    else:
        activity = ContactActivityActivity(_activity)

    return activity


def _decode_subject(d: Mapping[str, Any]) -> str | Unset:
    subject: str | Unset = d.get("subject", UNSET)
    return subject


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_preview_url(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_preview_url(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    preview_url = _parse_preview_url(d.get("previewUrl", UNSET))

    return preview_url


def _decode_resource(d: Mapping[str, Any]) -> ContactActivityResource | Unset:
    from ..models.contact_activity_resource import ContactActivityResource  # noqa: PLC0415

    _resource = d.get("resource", UNSET)
    resource: ContactActivityResource | Unset
    if isinstance(_resource, Unset):
        resource = UNSET
    else:
        resource = ContactActivityResource.from_dict(_resource)

    return resource


def _decode_click_track(d: Mapping[str, Any]) -> ContactActivityClickTrack | Unset:
    from ..models.contact_activity_click_track import ContactActivityClickTrack  # noqa: PLC0415

    _click_track = d.get("clickTrack", UNSET)
    click_track: ContactActivityClickTrack | Unset
    if isinstance(_click_track, Unset):
        click_track = UNSET
    else:
        click_track = ContactActivityClickTrack.from_dict(_click_track)

    return click_track


def _encode_activity(self: ContactActivity) -> Any:
    activity: str | Unset = UNSET
    if not isinstance(self.activity, Unset):
        activity = self.activity.value

    return activity


def _encode_subject(self: ContactActivity) -> Any:
    subject = self.subject
    return subject


def _encode_created_on(self: ContactActivity) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_preview_url(self: ContactActivity) -> Any:
    preview_url: None | str | Unset
    if isinstance(self.preview_url, Unset):
        preview_url = UNSET
    else:
        preview_url = self.preview_url
    return preview_url


def _encode_resource(self: ContactActivity) -> Any:
    resource: dict[str, Any] | Unset = UNSET
    if not isinstance(self.resource, Unset):
        resource = self.resource.to_dict()
    return resource


def _encode_click_track(self: ContactActivity) -> Any:
    click_track: dict[str, Any] | Unset = UNSET
    if not isinstance(self.click_track, Unset):
        click_track = self.click_track.to_dict()
    return click_track


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactActivity._wire_fields}


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
    "subject": _decode_subject,
    "created_on": _decode_created_on,
    "preview_url": _decode_preview_url,
    "resource": _decode_resource,
    "click_track": _decode_click_track,
    "additional_properties": _decode_additional_properties,
}
ContactActivity._encoders = {
    "activity": _encode_activity,
    "subject": _encode_subject,
    "created_on": _encode_created_on,
    "preview_url": _encode_preview_url,
    "resource": _encode_resource,
    "click_track": _encode_click_track,
}
