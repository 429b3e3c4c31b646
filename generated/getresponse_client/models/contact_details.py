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
    not_in_response,
    parse_datetime,
)

from ..models.contact_origin import ContactOrigin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_custom_field_value import ContactCustomFieldValue
    from ..models.contact_geolocation import ContactGeolocation
    from ..models.contact_tag import ContactTag
    from ..models.list_reference import ListReference


@_attrs_define
class ContactDetails(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        contact_id (str):  Example: pV3r.
        name (str | Unset):  Example: John Doe.
        origin (ContactOrigin | Unset):
        time_zone (str | Unset): The time zone of a contact, uses the time zone database format
            (https://www.iana.org/time-zones) Example: Europe/Warsaw.
        activities (str | Unset):  Example: https://api.getresponse.com/v3/contacts/pV3r/activities.
        changed_on (datetime.datetime | Unset):  Example: 2017-12-19T13:11:48+0000.
        created_on (datetime.datetime | Unset):  Example: 2017-03-02T07:30:49+0000.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        day_of_cycle (None | str | Unset): The day on which the contact is in the Autoresponder cycle. Example: 42.
        scoring (float | None | Unset): Contact scoring, pass null to remove the score from a contact Example: 8.
        engagement_score (int | None | Unset): Engagement Score is a feature that presents a visual estimate of a
            contact's engagement with mailings. Example: 3.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/contacts/pV3r.
        note (None | str | Unset):
        ip_address (str | Unset): The contact's IP address. Example: 1.2.3.4.
        geolocation (ContactGeolocation | Unset):
        tags (list[ContactTag] | Unset): The list of contact tags, limited to 500 tags.
        custom_field_values (list[ContactCustomFieldValue] | Unset):
    """

    email: str
    contact_id: str
    name: str | Unset = UNSET
    origin: ContactOrigin | Unset = UNSET
    time_zone: str | Unset = UNSET
    activities: str | Unset = UNSET
    changed_on: datetime.datetime | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    day_of_cycle: None | str | Unset = UNSET
    scoring: float | None | Unset = UNSET
    engagement_score: int | None | Unset = UNSET
    href: str | Unset = UNSET
    note: None | str | Unset = UNSET
    ip_address: str | Unset = UNSET
    geolocation: ContactGeolocation | Unset = UNSET
    tags: list[ContactTag] | Unset = UNSET
    custom_field_values: list[ContactCustomFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_geolocation(json_value_: Any) -> ContactGeolocation | Unset:
    _geolocation = json_value_
    geolocation: ContactGeolocation | Unset
    if isinstance(_geolocation, Unset):
        geolocation = UNSET
    else:
        geolocation = ContactGeolocation.from_dict(_geolocation)

    return geolocation


def _decode_tags(json_value_: Any) -> list[ContactTag] | Unset:
    _tags = json_value_
    tags: list[ContactTag] | Unset = UNSET
    if _tags is not UNSET:
        tags = []
        for tags_item_data in _tags:
            tags_item = ContactTag.from_dict(tags_item_data)

            tags.append(tags_item)

    return tags


def _decode_custom_field_values(json_value_: Any) -> list[ContactCustomFieldValue] | Unset:
    _custom_field_values = json_value_
    custom_field_values: list[ContactCustomFieldValue] | Unset = UNSET
    if _custom_field_values is not UNSET:
        custom_field_values = []
        for custom_field_values_item_data in _custom_field_values:
            custom_field_values_item = ContactCustomFieldValue.from_dict(custom_field_values_item_data)

            custom_field_values.append(custom_field_values_item)

    return custom_field_values


def _from_dict(cls: type[ContactDetails], src_dict: Mapping[str, Any]) -> ContactDetails:
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
    value = get("contactId", UNSET)
    if value is UNSET:
        not_in_response(self, "contact_id")
    else:
        self.contact_id = value
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
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    self.day_of_cycle = get("dayOfCycle", UNSET)
    self.scoring = get("scoring", UNSET)
    self.engagement_score = get("engagementScore", UNSET)
    self.href = get("href", UNSET)
    self.note = get("note", UNSET)
    self.ip_address = get("ipAddress", UNSET)
    value = get("geolocation", UNSET)
    if type(value) is dict:
        self.geolocation = ContactGeolocation.from_dict(value)
    elif absent(value):
        self.geolocation = value
    else:
        try:
            self.geolocation = _decode_geolocation(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "geolocation", value, error)
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactDetails._wire_fields}


setattr(ContactDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ContactDetails._wire_names = {
    "email": "email",
    "contact_id": "contactId",
    "name": "name",
    "origin": "origin",
    "time_zone": "timeZone",
    "activities": "activities",
    "changed_on": "changedOn",
    "created_on": "createdOn",
    "campaign": "campaign",
    "day_of_cycle": "dayOfCycle",
    "scoring": "scoring",
    "engagement_score": "engagementScore",
    "href": "href",
    "note": "note",
    "ip_address": "ipAddress",
    "geolocation": "geolocation",
    "tags": "tags",
    "custom_field_values": "customFieldValues",
}
ContactDetails._wire_fields = frozenset(ContactDetails._wire_names.values())
ContactDetails._decoders = {
    "email": None,
    "contact_id": None,
    "name": None,
    "origin": _decode_origin,
    "time_zone": None,
    "activities": None,
    "changed_on": _decode_changed_on,
    "created_on": _decode_created_on,
    "campaign": _decode_campaign,
    "day_of_cycle": None,
    "scoring": None,
    "engagement_score": None,
    "href": None,
    "note": None,
    "ip_address": None,
    "geolocation": _decode_geolocation,
    "tags": _decode_tags,
    "custom_field_values": _decode_custom_field_values,
}
ContactDetails._extra_decoder = _decode_additional_properties
_members_origin = enum_members(ContactOrigin)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.contact_custom_field_value import ContactCustomFieldValue  # noqa: E402
from ..models.contact_geolocation import ContactGeolocation  # noqa: E402
from ..models.contact_tag import ContactTag  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
