from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.time_zone import TimeZone
    from .time_zone import TimeZoneDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewsletterSendSettingsDetailsSendOn(WireModel):
    """The scheduled send date and time for the newsletter.

    Attributes:
        date (datetime.datetime): The scheduled send date and time for the newsletter in the ISO 8601 format Example:
            2024-07-14T07:00:00.
        time_zone (TimeZone):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    date: datetime.datetime
    time_zone: TimeZone
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewsletterSendSettingsDetailsSendOnDict(TypedDict, total=False):
    """NewsletterSendSettingsDetailsSendOn as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    date: Required[datetime.datetime | str]
    timeZone: Required[TimeZone | TimeZoneDict]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.time_zone import TimeZone  # noqa: E402

bind_fields(
    NewsletterSendSettingsDetailsSendOn,
    {
        "date": WireField("date", required=True, decode=parse_datetime),
        "time_zone": WireField("timeZone", required=True, decode=TimeZone.from_dict, keep=True),
    },
    additional_properties=True,
)
