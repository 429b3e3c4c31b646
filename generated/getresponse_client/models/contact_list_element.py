from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.contact_origin import ContactOrigin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


T = TypeVar("T", bound="ContactListElement")


@_attrs_define
class ContactListElement(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        contact_id (str):  Example: pV3r.
        href (str): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/contacts/pV3r.
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
        note (None | str | Unset):
        ip_address (str | Unset): The contact's IP address. Example: 1.2.3.4.
    """

    email: str
    contact_id: str
    href: str
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
    note: None | str | Unset = UNSET
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        email = self.email

        contact_id = self.contact_id

        href = self.href

        name = self.name

        origin: str | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.value

        time_zone = self.time_zone

        activities = self.activities

        changed_on: str | Unset = UNSET
        if not isinstance(self.changed_on, Unset):
            changed_on = self.changed_on.isoformat()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        day_of_cycle: None | str | Unset
        if isinstance(self.day_of_cycle, Unset):
            day_of_cycle = UNSET
        else:
            day_of_cycle = self.day_of_cycle

        scoring: float | None | Unset
        if isinstance(self.scoring, Unset):
            scoring = UNSET
        else:
            scoring = self.scoring

        engagement_score: int | None | Unset
        if isinstance(self.engagement_score, Unset):
            engagement_score = UNSET
        else:
            engagement_score = self.engagement_score

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        ip_address: str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "contactId": contact_id,
                "href": href,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if origin is not UNSET:
            field_dict["origin"] = origin
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if activities is not UNSET:
            field_dict["activities"] = activities
        if changed_on is not UNSET:
            field_dict["changedOn"] = changed_on
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if day_of_cycle is not UNSET:
            field_dict["dayOfCycle"] = day_of_cycle
        if scoring is not UNSET:
            field_dict["scoring"] = scoring
        if engagement_score is not UNSET:
            field_dict["engagementScore"] = engagement_score
        if note is not UNSET:
            field_dict["note"] = note
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address

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


def _encode_email(self: ContactListElement) -> Any:
    email = self.email
    return email


def _encode_contact_id(self: ContactListElement) -> Any:
    contact_id = self.contact_id
    return contact_id


def _encode_href(self: ContactListElement) -> Any:
    href = self.href
    return href


def _encode_name(self: ContactListElement) -> Any:
    name = self.name
    return name


def _decode_origin(json_value_: Any) -> ContactOrigin | Unset:
    _origin = json_value_
    origin: ContactOrigin | Unset
    if isinstance(_origin, Unset):
        origin = UNSET
    else:
        origin = ContactOrigin(_origin)

    return origin


def _encode_origin(self: ContactListElement) -> Any:
    origin: str | Unset = UNSET
    if not isinstance(self.origin, Unset):
        origin = self.origin.value

    return origin


def _encode_time_zone(self: ContactListElement) -> Any:
    time_zone = self.time_zone
    return time_zone


def _encode_activities(self: ContactListElement) -> Any:
    activities = self.activities
    return activities


def _decode_changed_on(json_value_: Any) -> datetime.datetime | Unset:
    _changed_on = json_value_
    changed_on: datetime.datetime | Unset
    if isinstance(_changed_on, Unset):
        changed_on = UNSET
    else:
        changed_on = datetime.datetime.fromisoformat(_changed_on)

    return changed_on


def _encode_changed_on(self: ContactListElement) -> Any:
    changed_on: str | Unset = UNSET
    if not isinstance(self.changed_on, Unset):
        changed_on = self.changed_on.isoformat()
    return changed_on


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _encode_created_on(self: ContactListElement) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _encode_campaign(self: ContactListElement) -> Any:
    campaign: dict[str, Any] | Unset = UNSET
    if not isinstance(self.campaign, Unset):
        campaign = self.campaign.to_dict()
    return campaign


def _encode_day_of_cycle(self: ContactListElement) -> Any:
    day_of_cycle: None | str | Unset
    if isinstance(self.day_of_cycle, Unset):
        day_of_cycle = UNSET
    else:
        day_of_cycle = self.day_of_cycle
    return day_of_cycle


def _encode_scoring(self: ContactListElement) -> Any:
    scoring: float | None | Unset
    if isinstance(self.scoring, Unset):
        scoring = UNSET
    else:
        scoring = self.scoring
    return scoring


def _encode_engagement_score(self: ContactListElement) -> Any:
    engagement_score: int | None | Unset
    if isinstance(self.engagement_score, Unset):
        engagement_score = UNSET
    else:
        engagement_score = self.engagement_score
    return engagement_score


def _encode_note(self: ContactListElement) -> Any:
    note: None | str | Unset
    if isinstance(self.note, Unset):
        note = UNSET
    else:
        note = self.note
    return note


def _encode_ip_address(self: ContactListElement) -> Any:
    ip_address: str | Unset
    if isinstance(self.ip_address, Unset):
        ip_address = UNSET
    else:
        ip_address = self.ip_address
    return ip_address


def _from_dict(cls: type[ContactListElement], src_dict: Mapping[str, Any]) -> ContactListElement:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.email = get("email", UNSET)
    self.contact_id = get("contactId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    value = get("origin", UNSET)
    if absent(value):
        self.origin = value
    else:
        try:
            self.origin = _decode_origin(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "origin", value, error)
    self.time_zone = get("timeZone", UNSET)
    self.activities = get("activities", UNSET)
    value = get("changedOn", UNSET)
    if absent(value):
        self.changed_on = value
    else:
        try:
            self.changed_on = _decode_changed_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "changed_on", value, error)
    value = get("createdOn", UNSET)
    if absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("campaign", UNSET)
    if absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    self.day_of_cycle = get("dayOfCycle", UNSET)
    self.scoring = get("scoring", UNSET)
    self.engagement_score = get("engagementScore", UNSET)
    self.note = get("note", UNSET)
    self.ip_address = get("ipAddress", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactListElement._wire_fields}


setattr(ContactListElement, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ContactListElement._wire_names = {
    "email": "email",
    "contact_id": "contactId",
    "href": "href",
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
    "note": "note",
    "ip_address": "ipAddress",
}
ContactListElement._wire_fields = frozenset(ContactListElement._wire_names.values())
ContactListElement._decoders = {
    "email": None,
    "contact_id": None,
    "href": None,
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
    "note": None,
    "ip_address": None,
}
ContactListElement._encoders = {
    "email": _encode_email,
    "contact_id": _encode_contact_id,
    "href": _encode_href,
    "name": _encode_name,
    "origin": _encode_origin,
    "time_zone": _encode_time_zone,
    "activities": _encode_activities,
    "changed_on": _encode_changed_on,
    "created_on": _encode_created_on,
    "campaign": _encode_campaign,
    "day_of_cycle": _encode_day_of_cycle,
    "scoring": _encode_scoring,
    "engagement_score": _encode_engagement_score,
    "note": _encode_note,
    "ip_address": _encode_ip_address,
}
ContactListElement._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
