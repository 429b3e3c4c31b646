from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
    parse_datetime,
)

from ..models.contact_origin import ContactOrigin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue
    from ..models.new_contact_tag import NewContactTag
    from .list_reference import ListReferenceDict
    from .new_contact_custom_field_value import NewContactCustomFieldValueDict
    from .new_contact_tag import NewContactTagDict


@_attrs_define
class NewContact(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        campaign (ListReference): A reference to a list (campaign in the API).
        contact_id (str | Unset):  Example: pV3r.
        name (str | Unset):  Example: John Doe.
        origin (ContactOrigin | Unset):
        time_zone (str | Unset): The time zone of a contact, uses the time zone database format
            (https://www.iana.org/time-zones) Example: Europe/Warsaw.
        activities (str | Unset):  Example: https://api.getresponse.com/v3/contacts/pV3r/activities.
        changed_on (datetime.datetime | Unset):  Example: 2017-12-19T13:11:48+0000.
        created_on (datetime.datetime | Unset):  Example: 2017-03-02T07:30:49+0000.
        day_of_cycle (None | str | Unset): The day on which the contact is in the Autoresponder cycle. Example: 42.
        scoring (float | None | Unset): Contact scoring, pass null to remove the score from a contact Example: 8.
        engagement_score (int | None | Unset): Engagement Score is a feature that presents a visual estimate of a
            contact's engagement with mailings. Example: 3.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/contacts/pV3r.
        tags (list[NewContactTag] | Unset):
        custom_field_values (list[NewContactCustomFieldValue] | Unset):
        ip_address (str | Unset): The contact's IP address. Example: 1.2.3.4.
    """

    email: str
    campaign: ListReference
    contact_id: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    origin: ContactOrigin | Unset = _attrs_field(init=False, default=UNSET)
    time_zone: str | Unset = _attrs_field(init=False, default=UNSET)
    activities: str | Unset = _attrs_field(init=False, default=UNSET)
    changed_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    day_of_cycle: None | str | Unset = UNSET
    scoring: float | None | Unset = UNSET
    engagement_score: int | None | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    tags: list[NewContactTag] | Unset = UNSET
    custom_field_values: list[NewContactCustomFieldValue] | Unset = UNSET
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign(json_value_: Any) -> ListReference:
    campaign = ListReference.from_dict(json_value_)

    return campaign


def _decode_origin(json_value_: Any) -> ContactOrigin | Unset:
    _origin = json_value_
    origin: ContactOrigin | Unset
    if isinstance(_origin, Unset):
        origin = UNSET
    else:
        origin = ContactOrigin(_origin)

    return origin


def _decode_changed_on(json_value_: Any) -> datetime.datetime | Unset:
    _changed_on = json_value_
    changed_on: datetime.datetime | Unset
    if isinstance(_changed_on, Unset):
        changed_on = UNSET
    else:
        changed_on = datetime.datetime.fromisoformat(_changed_on)

    return changed_on


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_tags(json_value_: Any) -> list[NewContactTag] | Unset:
    _tags = json_value_
    tags: list[NewContactTag] | Unset = UNSET
    if _tags is not UNSET:
        tags = []
        for tags_item_data in _tags:
            tags_item = NewContactTag.from_dict(tags_item_data)

            tags.append(tags_item)

    return tags


def _decode_custom_field_values(json_value_: Any) -> list[NewContactCustomFieldValue] | Unset:
    _custom_field_values = json_value_
    custom_field_values: list[NewContactCustomFieldValue] | Unset = UNSET
    if _custom_field_values is not UNSET:
        custom_field_values = []
        for custom_field_values_item_data in _custom_field_values:
            custom_field_values_item = NewContactCustomFieldValue.from_dict(custom_field_values_item_data)

            custom_field_values.append(custom_field_values_item)

    return custom_field_values


def _from_dict(cls: type[NewContact], src_dict: Mapping[str, Any]) -> NewContact:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("email", UNSET)
    if value is UNSET:
        not_in_response(self, "email")
    else:
        self.email = value
    value = get("campaign", UNSET)
    if value is UNSET:
        not_in_response(self, "campaign")
    elif type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    self.contact_id = get("contactId", UNSET)
    self.name = get("name", UNSET)
    value = get("origin", UNSET)
    if type(value) is str:
        try:
            self.origin = _members_origin[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.origin = ContactOrigin(value)
    elif absent(value):
        self.origin = value
    else:
        try:
            self.origin = _decode_origin(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "origin", value, error)
    self.time_zone = get("timeZone", UNSET)
    self.activities = get("activities", UNSET)
    value = get("changedOn", UNSET)
    if type(value) is str:
        try:
            self.changed_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "changed_on", value, error)
    elif absent(value):
        self.changed_on = value
    else:
        try:
            self.changed_on = _decode_changed_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "changed_on", value, error)
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
    self.day_of_cycle = get("dayOfCycle", UNSET)
    self.scoring = get("scoring", UNSET)
    self.engagement_score = get("engagementScore", UNSET)
    self.href = get("href", UNSET)
    value = get("tags", UNSET)
    if absent(value):
        self.tags = value
    else:
        try:
            self.tags = _decode_tags(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "tags", value, error)
    value = get("customFieldValues", UNSET)
    if absent(value):
        self.custom_field_values = value
    else:
        try:
            self.custom_field_values = _decode_custom_field_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "custom_field_values", value, error)
    self.ip_address = get("ipAddress", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewContact._wire_fields}


class NewContactDict(TypedDict, total=False):
    """NewContact as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    email: Required[str]
    campaign: Required[ListReference | ListReferenceDict]
    name: str
    dayOfCycle: str | None
    scoring: float | None
    tags: list[NewContactTag | NewContactTagDict]
    customFieldValues: list[NewContactCustomFieldValue | NewContactCustomFieldValueDict]
    ipAddress: str


setattr(NewContact, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewContact._wire_names = {
    "email": "email",
    "campaign": "campaign",
    "contact_id": "contactId",
    "name": "name",
    "origin": "origin",
    "time_zone": "timeZone",
    "activities": "activities",
    "changed_on": "changedOn",
    "created_on": "createdOn",
    "day_of_cycle": "dayOfCycle",
    "scoring": "scoring",
    "engagement_score": "engagementScore",
    "href": "href",
    "tags": "tags",
    "custom_field_values": "customFieldValues",
    "ip_address": "ipAddress",
}
NewContact._wire_fields = frozenset(NewContact._wire_names.values())
NewContact._read_only = frozenset(
    ["activities", "changed_on", "contact_id", "created_on", "engagement_score", "href", "origin", "time_zone"]
)
NewContact._decoders = {
    "email": None,
    "campaign": _decode_campaign,
    "contact_id": None,
    "name": None,
    "origin": _decode_origin,
    "time_zone": None,
    "activities": None,
    "changed_on": _decode_changed_on,
    "created_on": _decode_created_on,
    "day_of_cycle": None,
    "scoring": None,
    "engagement_score": None,
    "href": None,
    "tags": _decode_tags,
    "custom_field_values": _decode_custom_field_values,
    "ip_address": None,
}
NewContact._extra_decoder = _decode_additional_properties
_members_origin = enum_members(ContactOrigin)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.new_contact_custom_field_value import NewContactCustomFieldValue  # noqa: E402
from ..models.new_contact_tag import NewContactTag  # noqa: E402
