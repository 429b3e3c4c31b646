from __future__ import annotations

import datetime
from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewsletterSendSettingsDetailsSendOn(WireModel):
    """The scheduled send date and time for the newsletter.

    Attributes:
        date (datetime.datetime): The scheduled send date and time for the newsletter in the ISO 8601 format Example:
            2024-07-14T07:00:00.
        time_zone (TimeZone):
    """

    date: datetime.datetime
    time_zone: TimeZone
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterSendSettingsDetailsSendOn._wire_fields}


class NewsletterSendSettingsDetailsSendOnDict(TypedDict, total=False):
    """NewsletterSendSettingsDetailsSendOn as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    date: Required[datetime.datetime | str]
    timeZone: Required[TimeZone | TimeZoneDict]


NewsletterSendSettingsDetailsSendOn._extra_decoder = _decode_additional_properties

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
