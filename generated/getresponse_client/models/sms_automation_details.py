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
    wire_bool,
)

from ..models.sms_automation_list_item_status import SmsAutomationListItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.sms_automation_details_click_tracks_item import SmsAutomationDetailsClickTracksItem
    from ..models.sms_automation_details_workflows_item import SmsAutomationDetailsWorkflowsItem
    from ..models.sms_automation_list_item_statistics import SmsAutomationListItemStatistics


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.sms_automation_details_click_tracks_item import SmsAutomationDetailsClickTracksItem  # noqa: E402
from ..models.sms_automation_details_workflows_item import SmsAutomationDetailsWorkflowsItem  # noqa: E402
from ..models.sms_automation_list_item_statistics import SmsAutomationListItemStatistics  # noqa: E402

bind_fields(
    SmsAutomationDetails,
    {
        "sms_id": WireField("smsId", required=True),
        "href": WireField("href"),
        "name": WireField("name"),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "modified_on": WireField("modifiedOn", decode=parse_datetime),
        "status": WireField("status", enum=SmsAutomationListItemStatus),
        "statistics": WireField("statistics", decode=SmsAutomationListItemStatistics.from_dict, keep=True),
        "sender_name": WireField("senderName"),
        "has_links": WireField("hasLinks", decode=wire_bool),
        "workflows": WireField("workflows", decode=_decode_workflows, keep=True),
        "click_tracks": WireField("clickTracks", decode=_decode_click_tracks, keep=True),
        "content": WireField("content"),
    },
    additional_properties=True,
)
