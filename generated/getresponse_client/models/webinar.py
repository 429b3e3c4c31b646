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

from ..models.webinar_status import WebinarStatus
from ..models.webinar_type import WebinarType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.webinar_newsletter import WebinarNewsletter
    from ..models.webinar_statistics import WebinarStatistics


@_attrs_define
class Webinar(WireModel):
    """
    Attributes:
        webinar_id (str):  Example: yK6d.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/webinars/yK6d.
        created_on (datetime.datetime | Unset):
        starts_on (datetime.datetime | Unset):
        webinar_url (str | Unset): The URL to the webinar room
        status (WebinarStatus | Unset):
        type_ (WebinarType | Unset): The webinar type
        campaigns (list[ListReference] | Unset):
        newsletters (list[WebinarNewsletter] | Unset): The list of invitation messages
        statistics (WebinarStatistics | Unset):
    """

    webinar_id: str
    href: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    starts_on: datetime.datetime | Unset = UNSET
    webinar_url: str | Unset = UNSET
    status: WebinarStatus | Unset = UNSET
    type_: WebinarType | Unset = UNSET
    campaigns: list[ListReference] | Unset = UNSET
    newsletters: list[WebinarNewsletter] | Unset = UNSET
    statistics: WebinarStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_starts_on(json_value_: Any) -> datetime.datetime | Unset:
    _starts_on = json_value_
    starts_on: datetime.datetime | Unset
    if isinstance(_starts_on, Unset):
        starts_on = UNSET
    else:
        starts_on = datetime.datetime.fromisoformat(_starts_on)

    return starts_on


def _decode_status(json_value_: Any) -> WebinarStatus | Unset:
    _status = json_value_
    status: WebinarStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = WebinarStatus(_status)

    return status


def _decode_type_(json_value_: Any) -> WebinarType | Unset:
    _type_ = json_value_
    type_: WebinarType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = WebinarType(_type_)

    return type_


def _decode_campaigns(json_value_: Any) -> list[ListReference] | Unset:
    _campaigns = json_value_
    campaigns: list[ListReference] | Unset = UNSET
    if _campaigns is not UNSET:
        campaigns = []
        for campaigns_item_data in _campaigns:
            campaigns_item = ListReference.from_dict(campaigns_item_data)

            campaigns.append(campaigns_item)

    return campaigns


def _decode_newsletters(json_value_: Any) -> list[WebinarNewsletter] | Unset:
    _newsletters = json_value_
    newsletters: list[WebinarNewsletter] | Unset = UNSET
    if _newsletters is not UNSET:
        newsletters = []
        for newsletters_item_data in _newsletters:
            newsletters_item = WebinarNewsletter.from_dict(newsletters_item_data)

            newsletters.append(newsletters_item)

    return newsletters


def _decode_statistics(json_value_: Any) -> WebinarStatistics | Unset:
    _statistics = json_value_
    statistics: WebinarStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = WebinarStatistics.from_dict(_statistics)

    return statistics


def _from_dict(cls: type[Webinar], src_dict: Mapping[str, Any]) -> Webinar:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("webinarId", UNSET)
    if value is UNSET:
        not_in_response(self, "webinar_id")
    else:
        self.webinar_id = value
    self.href = get("href", UNSET)
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
    value = get("startsOn", UNSET)
    if type(value) is str:
        try:
            self.starts_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "starts_on", value, error)
    elif absent(value):
        self.starts_on = value
    else:
        try:
            self.starts_on = _decode_starts_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "starts_on", value, error)
    self.webinar_url = get("webinarUrl", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = WebinarStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = WebinarType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("campaigns", UNSET)
    if absent(value):
        self.campaigns = value
    else:
        try:
            self.campaigns = _decode_campaigns(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaigns", value, error)
    value = get("newsletters", UNSET)
    if absent(value):
        self.newsletters = value
    else:
        try:
            self.newsletters = _decode_newsletters(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "newsletters", value, error)
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = WebinarStatistics.from_dict(value)
    elif absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Webinar._wire_fields}


setattr(Webinar, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Webinar._wire_names = {
    "webinar_id": "webinarId",
    "href": "href",
    "created_on": "createdOn",
    "starts_on": "startsOn",
    "webinar_url": "webinarUrl",
    "status": "status",
    "type_": "type",
    "campaigns": "campaigns",
    "newsletters": "newsletters",
    "statistics": "statistics",
}
Webinar._wire_fields = frozenset(Webinar._wire_names.values())
Webinar._decoders = {
    "webinar_id": None,
    "href": None,
    "created_on": _decode_created_on,
    "starts_on": _decode_starts_on,
    "webinar_url": None,
    "status": _decode_status,
    "type_": _decode_type_,
    "campaigns": _decode_campaigns,
    "newsletters": _decode_newsletters,
    "statistics": _decode_statistics,
}
Webinar._extra_decoder = _decode_additional_properties
_members_status = enum_members(WebinarStatus)
_members_type_ = enum_members(WebinarType)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.webinar_newsletter import WebinarNewsletter  # noqa: E402
from ..models.webinar_statistics import WebinarStatistics  # noqa: E402
