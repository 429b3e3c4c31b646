from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.newsletter_activity_activity import NewsletterActivityActivity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter_activity_contact_reference import NewsletterActivityContactReference


T = TypeVar("T", bound="NewsletterActivity")


@_attrs_define
class NewsletterActivity(WireModel):
    """
    Attributes:
        activity (NewsletterActivityActivity | Unset): The type of activity
        created_on (datetime.datetime | Unset): The date when activity occurred Example: 2019-10-21T11:08:45+0000.
        contact (NewsletterActivityContactReference | Unset):
    """

    activity: NewsletterActivityActivity | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    contact: NewsletterActivityContactReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        activity: str | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.value

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity is not UNSET:
            field_dict["activity"] = activity
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if contact is not UNSET:
            field_dict["contact"] = contact

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


def _decode_activity(d: Mapping[str, Any]) -> NewsletterActivityActivity | Unset:
    _activity = d.get("activity", UNSET)
    activity: NewsletterActivityActivity | Unset
    if isinstance(_activity, Unset):
        activity = UNSET
    else:
        activity = NewsletterActivityActivity(_activity)

    return activity


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_contact(d: Mapping[str, Any]) -> NewsletterActivityContactReference | Unset:
    from ..models.newsletter_activity_contact_reference import NewsletterActivityContactReference  # noqa: PLC0415

    _contact = d.get("contact", UNSET)
    contact: NewsletterActivityContactReference | Unset
    if isinstance(_contact, Unset):
        contact = UNSET
    else:
        contact = NewsletterActivityContactReference.from_dict(_contact)

    return contact


def _encode_activity(self: NewsletterActivity) -> Any:
    activity: str | Unset = UNSET
    if not isinstance(self.activity, Unset):
        activity = self.activity.value

    return activity


def _encode_created_on(self: NewsletterActivity) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_contact(self: NewsletterActivity) -> Any:
    contact: dict[str, Any] | Unset = UNSET
    if not isinstance(self.contact, Unset):
        contact = self.contact.to_dict()
    return contact


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterActivity._wire_fields}


NewsletterActivity._wire_names = {
    "activity": "activity",
    "created_on": "createdOn",
    "contact": "contact",
}
NewsletterActivity._wire_fields = frozenset(NewsletterActivity._wire_names.values())
NewsletterActivity._decoders = {
    "activity": _decode_activity,
    "created_on": _decode_created_on,
    "contact": _decode_contact,
    "additional_properties": _decode_additional_properties,
}
NewsletterActivity._encoders = {
    "activity": _encode_activity,
    "created_on": _encode_created_on,
    "contact": _encode_contact,
}
