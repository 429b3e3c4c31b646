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
    wire_bool,
)

from ..models.sms_automation_list_item_status import SmsAutomationListItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.sms_automation_details_click_tracks_item import SmsAutomationDetailsClickTracksItem
    from ..models.sms_automation_details_workflows_item import SmsAutomationDetailsWorkflowsItem
    from ..models.sms_automation_list_item_statistics import SmsAutomationListItemStatistics


@_attrs_define
class SmsAutomationDetails(WireModel):
    """
    Attributes:
        sms_id (str): The automated SMS message ID Example: N.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/sms-automation/N.
        name (str | Unset): The automated SMS message name Example: New message.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        modified_on (datetime.datetime | Unset): The date the automated SMS message was last modified on, shown in ISO
            8601 date and time format.
        status (SmsAutomationListItemStatus | Unset): The status of of the automated SMS message
        statistics (SmsAutomationListItemStatistics | Unset): Automate SMS message statistics
        sender_name (str | Unset): The name of the sender of the automated SMS message
        has_links (bool | Unset): Information is the automated SMS message contains links
        workflows (list[SmsAutomationDetailsWorkflowsItem] | Unset): Details of the workflows in which the given
            automated SMS is used
        click_tracks (list[SmsAutomationDetailsClickTracksItem] | Unset): Details of links attached to automated SMS
            message
        content (None | str | Unset): The automated SMS message content Example: Hello, world!.
    """

    sms_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    status: SmsAutomationListItemStatus | Unset = UNSET
    statistics: SmsAutomationListItemStatistics | Unset = UNSET
    sender_name: str | Unset = UNSET
    has_links: bool | Unset = UNSET
    workflows: list[SmsAutomationDetailsWorkflowsItem] | Unset = UNSET
    click_tracks: list[SmsAutomationDetailsClickTracksItem] | Unset = UNSET
    content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_modified_on(json_value_: Any) -> datetime.datetime | Unset:
    _modified_on = json_value_
    modified_on: datetime.datetime | Unset
    if isinstance(_modified_on, Unset):
        modified_on = UNSET
    else:
        modified_on = datetime.datetime.fromisoformat(_modified_on)

    return modified_on


def _decode_status(json_value_: Any) -> SmsAutomationListItemStatus | Unset:
    _status = json_value_
    status: SmsAutomationListItemStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SmsAutomationListItemStatus(_status)

    return status


def _decode_statistics(json_value_: Any) -> SmsAutomationListItemStatistics | Unset:
    _statistics = json_value_
    statistics: SmsAutomationListItemStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = SmsAutomationListItemStatistics.from_dict(_statistics)

    return statistics


def _decode_workflows(json_value_: Any) -> list[SmsAutomationDetailsWorkflowsItem] | Unset:
    _workflows = json_value_
    workflows: list[SmsAutomationDetailsWorkflowsItem] | Unset = UNSET
    if _workflows is not UNSET:
        workflows = []
        for workflows_item_data in _workflows:
            workflows_item = SmsAutomationDetailsWorkflowsItem.from_dict(workflows_item_data)

            workflows.append(workflows_item)

    return workflows


def _decode_click_tracks(json_value_: Any) -> list[SmsAutomationDetailsClickTracksItem] | Unset:
    _click_tracks = json_value_
    click_tracks: list[SmsAutomationDetailsClickTracksItem] | Unset = UNSET
    if _click_tracks is not UNSET:
        click_tracks = []
        for click_tracks_item_data in _click_tracks:
            click_tracks_item = SmsAutomationDetailsClickTracksItem.from_dict(click_tracks_item_data)

            click_tracks.append(click_tracks_item)

    return click_tracks


def _from_dict(cls: type[SmsAutomationDetails], src_dict: Mapping[str, Any]) -> SmsAutomationDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("smsId", UNSET)
    if value is UNSET:
        not_in_response(self, "sms_id")
    else:
        self.sms_id = value
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("modifiedOn", UNSET)
    if type(value) is str:
        try:
            self.modified_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "modified_on", value, error)
    elif absent(value):
        self.modified_on = value
    else:
        try:
            self.modified_on = _decode_modified_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "modified_on", value, error)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = SmsAutomationListItemStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = SmsAutomationListItemStatistics.from_dict(value)
    elif absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
    self.sender_name = get("senderName", UNSET)
    value = get("hasLinks", UNSET)
    if type(value) is bool or absent(value):
        self.has_links = value
    else:
        try:
            self.has_links = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "has_links", value, error)
    value = get("workflows", UNSET)
    if absent(value):
        self.workflows = value
    else:
        try:
            self.workflows = _decode_workflows(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "workflows", value, error)
    value = get("clickTracks", UNSET)
    if absent(value):
        self.click_tracks = value
    else:
        try:
            self.click_tracks = _decode_click_tracks(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "click_tracks", value, error)
    self.content = get("content", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsAutomationDetails._wire_fields}


setattr(SmsAutomationDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsAutomationDetails._wire_names = {
    "sms_id": "smsId",
    "href": "href",
    "name": "name",
    "campaign": "campaign",
    "modified_on": "modifiedOn",
    "status": "status",
    "statistics": "statistics",
    "sender_name": "senderName",
    "has_links": "hasLinks",
    "workflows": "workflows",
    "click_tracks": "clickTracks",
    "content": "content",
}
SmsAutomationDetails._wire_fields = frozenset(SmsAutomationDetails._wire_names.values())
SmsAutomationDetails._decoders = {
    "sms_id": None,
    "href": None,
    "name": None,
    "campaign": _decode_campaign,
    "modified_on": _decode_modified_on,
    "status": _decode_status,
    "statistics": _decode_statistics,
    "sender_name": None,
    "has_links": wire_bool,
    "workflows": _decode_workflows,
    "click_tracks": _decode_click_tracks,
    "content": None,
}
SmsAutomationDetails._extra_decoder = _decode_additional_properties
_members_status = enum_members(SmsAutomationListItemStatus)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.sms_automation_details_click_tracks_item import SmsAutomationDetailsClickTracksItem  # noqa: E402
from ..models.sms_automation_details_workflows_item import SmsAutomationDetailsWorkflowsItem  # noqa: E402
from ..models.sms_automation_list_item_statistics import SmsAutomationListItemStatistics  # noqa: E402
