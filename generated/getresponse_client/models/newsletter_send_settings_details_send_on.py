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
    not_in_response,
    parse_datetime,
)

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.time_zone import TimeZone
    from .time_zone import TimeZoneDict


@_attrs_define
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


def _decode_date(json_value_: Any) -> datetime.datetime:
    date = datetime.datetime.fromisoformat(json_value_)

    return date


def _decode_time_zone(json_value_: Any) -> TimeZone:
    time_zone = TimeZone.from_dict(json_value_)

    return time_zone


def _from_dict(
    cls: type[NewsletterSendSettingsDetailsSendOn], src_dict: Mapping[str, Any]
) -> NewsletterSendSettingsDetailsSendOn:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("date", UNSET)
    if value is UNSET:
        not_in_response(self, "date")
    elif type(value) is str:
        try:
            self.date = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    elif absent(value):
        self.date = value
    else:
        try:
            self.date = _decode_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    value = get("timeZone", UNSET)
    if value is UNSET:
        not_in_response(self, "time_zone")
    elif type(value) is dict:
        self.time_zone = TimeZone.from_dict(value)
    elif absent(value):
        self.time_zone = value
    else:
        try:
            self.time_zone = _decode_time_zone(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_zone", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterSendSettingsDetailsSendOn._wire_fields}


class NewsletterSendSettingsDetailsSendOnDict(TypedDict, total=False):
    """NewsletterSendSettingsDetailsSendOn as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    date: Required[datetime.datetime | str]
    timeZone: Required[TimeZone | TimeZoneDict]


setattr(
    NewsletterSendSettingsDetailsSendOn, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
NewsletterSendSettingsDetailsSendOn._wire_names = {
    "date": "date",
    "time_zone": "timeZone",
}
NewsletterSendSettingsDetailsSendOn._wire_fields = frozenset(NewsletterSendSettingsDetailsSendOn._wire_names.values())
NewsletterSendSettingsDetailsSendOn._decoders = {
    "date": _decode_date,
    "time_zone": _decode_time_zone,
}
NewsletterSendSettingsDetailsSendOn._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.time_zone import TimeZone  # noqa: E402
