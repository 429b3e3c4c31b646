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

from ..models.webinar_status import WebinarStatus
from ..models.webinar_type import WebinarType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.webinar_newsletter import WebinarNewsletter
    from ..models.webinar_statistics import WebinarStatistics


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.webinar_newsletter import WebinarNewsletter  # noqa: E402
from ..models.webinar_statistics import WebinarStatistics  # noqa: E402

bind_fields(
    Webinar,
    {
        "webinar_id": WireField("webinarId", required=True),
        "href": WireField("href"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "starts_on": WireField("startsOn", decode=parse_datetime),
        "webinar_url": WireField("webinarUrl"),
        "status": WireField("status", enum=WebinarStatus),
        "type_": WireField("type", enum=WebinarType),
        "campaigns": WireField("campaigns", decode=_decode_campaigns, keep=True),
        "newsletters": WireField("newsletters", decode=_decode_newsletters, keep=True),
        "statistics": WireField("statistics", decode=WebinarStatistics.from_dict, keep=True),
    },
    additional_properties=True,
)
