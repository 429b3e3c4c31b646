from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.update_contact_origin import UpdateContactOrigin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue
    from ..models.new_contact_tag import NewContactTag
    from ..models.update_contact_list import UpdateContactList
    from .new_contact_custom_field_value import NewContactCustomFieldValueDict
    from .new_contact_tag import NewContactTagDict
    from .update_contact_list import UpdateContactListDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpdateContact(WireModel):
    """
    Attributes:
        tags (list[NewContactTag] | Unset):
        custom_field_values (list[NewContactCustomFieldValue] | Unset):
        contact_id (str | Unset):  Example: pV3r.
        name (str | Unset):  Example: John Doe.
        origin (UpdateContactOrigin | Unset):
        time_zone (str | Unset): The time zone of a contact, uses the time zone database format
            (https://www.iana.org/time-zones) Example: Europe/Warsaw.
        activities (str | Unset):  Example: https://api.getresponse.com/v3/contacts/pV3r/activities.
        changed_on (datetime.datetime | Unset):  Example: 2017-12-19T13:11:48+0000.
        created_on (datetime.datetime | Unset):  Example: 2017-03-02T07:30:49+0000.
        campaign (UpdateContactList | Unset):
        email (str | Unset):  Example: john.doe@example.com.
        day_of_cycle (None | str | Unset): The day on which the contact is in the Autoresponder cycle. Example: 42.
        scoring (float | None | Unset): Contact scoring, pass null to remove the score from a contact Example: 8.
        engagement_score (int | None | Unset): Engagement Score is a feature that presents a visual estimate of a
            contact's engagement with mailings. Example: 3.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/contacts/pV3r.
        note (None | str | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    tags: list[NewContactTag] | Unset = UNSET
    custom_field_values: list[NewContactCustomFieldValue] | Unset = UNSET
    contact_id: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    origin: UpdateContactOrigin | Unset = _attrs_field(init=False, default=UNSET)
    time_zone: str | Unset = _attrs_field(init=False, default=UNSET)
    activities: str | Unset = _attrs_field(init=False, default=UNSET)
    changed_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    campaign: UpdateContactList | Unset = UNSET
    email: str | Unset = UNSET
    day_of_cycle: None | str | Unset = UNSET
    scoring: float | None | Unset = UNSET
    engagement_score: int | None | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


class UpdateContactDict(TypedDict, total=False):
    """UpdateContact as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    tags: list[NewContactTag | NewContactTagDict]
    customFieldValues: list[NewContactCustomFieldValue | NewContactCustomFieldValueDict]
    name: str
    campaign: UpdateContactList | UpdateContactListDict
    email: str
    dayOfCycle: str | None
    scoring: float | None
    note: str | None


UpdateContact._read_only = frozenset(
    ["activities", "changed_on", "contact_id", "created_on", "engagement_score", "href", "origin", "time_zone"]
)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_contact_custom_field_value import NewContactCustomFieldValue  # noqa: E402
from ..models.new_contact_tag import NewContactTag  # noqa: E402
from ..models.update_contact_list import UpdateContactList  # noqa: E402

bind_fields(
    UpdateContact,
    {
        "tags": WireField("tags", decode=_decode_tags, keep=True),
        "custom_field_values": WireField("customFieldValues", decode=_decode_custom_field_values, keep=True),
        "contact_id": WireField("contactId"),
        "name": WireField("name"),
        "origin": WireField("origin", enum=UpdateContactOrigin),
        "time_zone": WireField("timeZone"),
        "activities": WireField("activities"),
        "changed_on": WireField("changedOn", decode=parse_datetime),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "campaign": WireField("campaign", decode=UpdateContactList.from_dict, keep=True),
        "email": WireField("email"),
        "day_of_cycle": WireField("dayOfCycle"),
        "scoring": WireField("scoring"),
        "engagement_score": WireField("engagementScore"),
        "href": WireField("href"),
        "note": WireField("note"),
    },
    additional_properties=True,
)
