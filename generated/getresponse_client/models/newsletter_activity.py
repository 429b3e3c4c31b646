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

from ..models.newsletter_activity_activity import NewsletterActivityActivity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter_activity_contact_reference import NewsletterActivityContactReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewsletterActivity(WireModel):
    """
    Attributes:
        activity (NewsletterActivityActivity | Unset): The type of activity
        created_on (datetime.datetime | Unset): The date when activity occurred Example: 2019-10-21T11:08:45+0000.
        contact (NewsletterActivityContactReference | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    activity: NewsletterActivityActivity | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    contact: NewsletterActivityContactReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.newsletter_activity_contact_reference import NewsletterActivityContactReference  # noqa: E402

bind_fields(
    NewsletterActivity,
    {
        "activity": WireField("activity", enum=NewsletterActivityActivity),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "contact": WireField("contact", decode=NewsletterActivityContactReference.from_dict, keep=True),
    },
    additional_properties=True,
)
