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

from ..models.newsletter_activity_activity import NewsletterActivityActivity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter_activity_contact_reference import NewsletterActivityContactReference


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


def _decode_activity(json_value_: Any) -> NewsletterActivityActivity | Unset:
    _activity = json_value_
    activity: NewsletterActivityActivity | Unset
    if isinstance(_activity, Unset):
        activity = UNSET
    else:
        activity = NewsletterActivityActivity(_activity)

    return activity


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_contact(json_value_: Any) -> NewsletterActivityContactReference | Unset:
    _contact = json_value_
    contact: NewsletterActivityContactReference | Unset
    if isinstance(_contact, Unset):
        contact = UNSET
    else:
        contact = NewsletterActivityContactReference.from_dict(_contact)

    return contact


def _from_dict(cls: type[NewsletterActivity], src_dict: Mapping[str, Any]) -> NewsletterActivity:
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
            self.activity = NewsletterActivityActivity(value)
    elif absent(value):
        self.activity = value
    else:
        try:
            self.activity = _decode_activity(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "activity", value, error)
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
    value = get("contact", UNSET)
    if type(value) is dict:
        self.contact = NewsletterActivityContactReference.from_dict(value)
    elif absent(value):
        self.contact = value
    else:
        try:
            self.contact = _decode_contact(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "contact", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterActivity._wire_fields}


setattr(NewsletterActivity, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
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
}
NewsletterActivity._extra_decoder = _decode_additional_properties
_members_activity = enum_members(NewsletterActivityActivity)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.newsletter_activity_contact_reference import NewsletterActivityContactReference  # noqa: E402
