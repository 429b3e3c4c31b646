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

from ..models.contact_origin import ContactOrigin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_custom_field_value import ContactCustomFieldValue
    from ..models.contact_geolocation import ContactGeolocation
    from ..models.contact_tag import ContactTag
    from ..models.list_reference import ListReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.contact_custom_field_value import ContactCustomFieldValue  # noqa: E402
from ..models.contact_geolocation import ContactGeolocation  # noqa: E402
from ..models.contact_tag import ContactTag  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402

bind_fields(
    ContactDetails,
    {
        "email": WireField("email", required=True),
        "contact_id": WireField("contactId", required=True),
        "name": WireField("name"),
        "origin": WireField("origin", enum=ContactOrigin),
        "time_zone": WireField("timeZone"),
        "activities": WireField("activities"),
        "changed_on": WireField("changedOn", decode=parse_datetime),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "day_of_cycle": WireField("dayOfCycle"),
        "scoring": WireField("scoring"),
        "engagement_score": WireField("engagementScore"),
        "href": WireField("href"),
        "note": WireField("note"),
        "ip_address": WireField("ipAddress"),
        "geolocation": WireField("geolocation", decode=ContactGeolocation.from_dict, keep=True),
        "tags": WireField("tags", decode=_decode_tags, keep=True),
        "custom_field_values": WireField("customFieldValues", decode=_decode_custom_field_values, keep=True),
    },
    additional_properties=True,
)
