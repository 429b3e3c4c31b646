from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.contact_origin import ContactOrigin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue
    from ..models.new_contact_tag import NewContactTag


T = TypeVar("T", bound="NewContact")


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
    contact_id: str | Unset = UNSET
    name: str | Unset = UNSET
    origin: ContactOrigin | Unset = UNSET
    time_zone: str | Unset = UNSET
    activities: str | Unset = UNSET
    changed_on: datetime.datetime | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    day_of_cycle: None | str | Unset = UNSET
    scoring: float | None | Unset = UNSET
    engagement_score: int | None | Unset = UNSET
    href: str | Unset = UNSET
    tags: list[NewContactTag] | Unset = UNSET
    custom_field_values: list[NewContactCustomFieldValue] | Unset = UNSET
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        email = self.email

        campaign = self.campaign.to_dict()

        contact_id = self.contact_id

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

        href = self.href

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        custom_field_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_values, Unset):
            custom_field_values = []
            for custom_field_values_item_data in self.custom_field_values:
                custom_field_values_item = custom_field_values_item_data.to_dict()
                custom_field_values.append(custom_field_values_item)

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
                "campaign": campaign,
            }
        )
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
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
        if day_of_cycle is not UNSET:
            field_dict["dayOfCycle"] = day_of_cycle
        if scoring is not UNSET:
            field_dict["scoring"] = scoring
        if engagement_score is not UNSET:
            field_dict["engagementScore"] = engagement_score
        if href is not UNSET:
            field_dict["href"] = href
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_field_values is not UNSET:
            field_dict["customFieldValues"] = custom_field_values
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


def _decode_email(d: Mapping[str, Any]) -> str:
    email: str = d["email"]
    return email


def _decode_campaign(d: Mapping[str, Any]) -> ListReference:
    from ..models.list_reference import ListReference  # noqa: PLC0415

    campaign = ListReference.from_dict(d["campaign"])

    return campaign


def _decode_contact_id(d: Mapping[str, Any]) -> str | Unset:
    contact_id: str | Unset = d.get("contactId", UNSET)
    return contact_id


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_origin(d: Mapping[str, Any]) -> ContactOrigin | Unset:
    _origin = d.get("origin", UNSET)
    origin: ContactOrigin | Unset
    if isinstance(_origin, Unset):
        origin = UNSET
    else:
        origin = ContactOrigin(_origin)

    return origin


def _decode_time_zone(d: Mapping[str, Any]) -> str | Unset:
    time_zone: str | Unset = d.get("timeZone", UNSET)
    return time_zone


def _decode_activities(d: Mapping[str, Any]) -> str | Unset:
    activities: str | Unset = d.get("activities", UNSET)
    return activities


def _decode_changed_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _changed_on = d.get("changedOn", UNSET)
    changed_on: datetime.datetime | Unset
    if isinstance(_changed_on, Unset):
        changed_on = UNSET
    else:
        changed_on = datetime.datetime.fromisoformat(_changed_on)

    return changed_on


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_day_of_cycle(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_day_of_cycle(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    day_of_cycle = _parse_day_of_cycle(d.get("dayOfCycle", UNSET))

    return day_of_cycle


def _decode_scoring(d: Mapping[str, Any]) -> float | None | Unset:
    def _parse_scoring(data: object) -> float | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(float | None | Unset, data)

    scoring = _parse_scoring(d.get("scoring", UNSET))

    return scoring


def _decode_engagement_score(d: Mapping[str, Any]) -> int | None | Unset:
    def _parse_engagement_score(data: object) -> int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(int | None | Unset, data)

    engagement_score = _parse_engagement_score(d.get("engagementScore", UNSET))

    return engagement_score


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_tags(d: Mapping[str, Any]) -> list[NewContactTag] | Unset:
    from ..models.new_contact_tag import NewContactTag  # noqa: PLC0415

    _tags = d.get("tags", UNSET)
    tags: list[NewContactTag] | Unset = UNSET
    if _tags is not UNSET:
        tags = []
        for tags_item_data in _tags:
            tags_item = NewContactTag.from_dict(tags_item_data)

            tags.append(tags_item)

    return tags


def _decode_custom_field_values(d: Mapping[str, Any]) -> list[NewContactCustomFieldValue] | Unset:
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue  # noqa: PLC0415

    _custom_field_values = d.get("customFieldValues", UNSET)
    custom_field_values: list[NewContactCustomFieldValue] | Unset = UNSET
    if _custom_field_values is not UNSET:
        custom_field_values = []
        for custom_field_values_item_data in _custom_field_values:
            custom_field_values_item = NewContactCustomFieldValue.from_dict(custom_field_values_item_data)

            custom_field_values.append(custom_field_values_item)

    return custom_field_values


def _decode_ip_address(d: Mapping[str, Any]) -> str | Unset:
    def _parse_ip_address(data: object) -> str | Unset:
        if isinstance(data, Unset):
            return data
        return cast(str | Unset, data)

    ip_address = _parse_ip_address(d.get("ipAddress", UNSET))

    return ip_address


def _encode_email(self: NewContact) -> Any:
    email = self.email
    return email


def _encode_campaign(self: NewContact) -> Any:
    campaign = self.campaign.to_dict()
    return campaign


def _encode_contact_id(self: NewContact) -> Any:
    contact_id = self.contact_id
    return contact_id


def _encode_name(self: NewContact) -> Any:
    name = self.name
    return name


def _encode_origin(self: NewContact) -> Any:
    origin: str | Unset = UNSET
    if not isinstance(self.origin, Unset):
        origin = self.origin.value

    return origin


def _encode_time_zone(self: NewContact) -> Any:
    time_zone = self.time_zone
    return time_zone


def _encode_activities(self: NewContact) -> Any:
    activities = self.activities
    return activities


def _encode_changed_on(self: NewContact) -> Any:
    changed_on: str | Unset = UNSET
    if not isinstance(self.changed_on, Unset):
        changed_on = self.changed_on.isoformat()
    return changed_on


def _encode_created_on(self: NewContact) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_day_of_cycle(self: NewContact) -> Any:
    day_of_cycle: None | str | Unset
    if isinstance(self.day_of_cycle, Unset):
        day_of_cycle = UNSET
    else:
        day_of_cycle = self.day_of_cycle
    return day_of_cycle


def _encode_scoring(self: NewContact) -> Any:
    scoring: float | None | Unset
    if isinstance(self.scoring, Unset):
        scoring = UNSET
    else:
        scoring = self.scoring
    return scoring


def _encode_engagement_score(self: NewContact) -> Any:
    engagement_score: int | None | Unset
    if isinstance(self.engagement_score, Unset):
        engagement_score = UNSET
    else:
        engagement_score = self.engagement_score
    return engagement_score


def _encode_href(self: NewContact) -> Any:
    href = self.href
    return href


def _encode_tags(self: NewContact) -> Any:
    tags: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.tags, Unset):
        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

    return tags


def _encode_custom_field_values(self: NewContact) -> Any:
    custom_field_values: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.custom_field_values, Unset):
        custom_field_values = []
        for custom_field_values_item_data in self.custom_field_values:
            custom_field_values_item = custom_field_values_item_data.to_dict()
            custom_field_values.append(custom_field_values_item)

    return custom_field_values


def _encode_ip_address(self: NewContact) -> Any:
    ip_address: str | Unset
    if isinstance(self.ip_address, Unset):
        ip_address = UNSET
    else:
        ip_address = self.ip_address
    return ip_address


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewContact._wire_fields}


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
NewContact._decoders = {
    "email": _decode_email,
    "campaign": _decode_campaign,
    "contact_id": _decode_contact_id,
    "name": _decode_name,
    "origin": _decode_origin,
    "time_zone": _decode_time_zone,
    "activities": _decode_activities,
    "changed_on": _decode_changed_on,
    "created_on": _decode_created_on,
    "day_of_cycle": _decode_day_of_cycle,
    "scoring": _decode_scoring,
    "engagement_score": _decode_engagement_score,
    "href": _decode_href,
    "tags": _decode_tags,
    "custom_field_values": _decode_custom_field_values,
    "ip_address": _decode_ip_address,
    "additional_properties": _decode_additional_properties,
}
NewContact._encoders = {
    "email": _encode_email,
    "campaign": _encode_campaign,
    "contact_id": _encode_contact_id,
    "name": _encode_name,
    "origin": _encode_origin,
    "time_zone": _encode_time_zone,
    "activities": _encode_activities,
    "changed_on": _encode_changed_on,
    "created_on": _encode_created_on,
    "day_of_cycle": _encode_day_of_cycle,
    "scoring": _encode_scoring,
    "engagement_score": _encode_engagement_score,
    "href": _encode_href,
    "tags": _encode_tags,
    "custom_field_values": _encode_custom_field_values,
    "ip_address": _encode_ip_address,
}
