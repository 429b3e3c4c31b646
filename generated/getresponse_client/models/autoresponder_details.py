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

from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.new_message_editor_enum_output import NewMessageEditorEnumOutput
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.autoresponder_details_list import AutoresponderDetailsList
    from ..models.autoresponder_details_send_settings import AutoresponderDetailsSendSettings
    from ..models.autoresponder_statistics import AutoresponderStatistics
    from ..models.autoresponder_trigger_settings import AutoresponderTriggerSettings
    from ..models.click_track import ClickTrack
    from ..models.from_field_reference import FromFieldReference
    from ..models.message_content import MessageContent


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AutoresponderDetails(WireModel):
    """
    Attributes:
        autoresponder_id (str): The autoresponder ID Example: Q.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/autoresponders/Q.
        name (str | Unset): The autoresponder name Example: Message 2.
        subject (str | Unset): The autoresponder message subject Example: test12.
        campaign_id (str | Unset): The campaign ID. Example: V.
        status (StatusEnum | Unset):
        from_field (FromFieldReference | Unset):
        reply_to (FromFieldReference | Unset):
        content (MessageContent | Unset): The message content.
        flags (list[MessageFlagsArrayItem] | Unset): The message flags.
        trigger_settings (AutoresponderTriggerSettings | Unset): The conditions that will trigger the autoresponder
        statistics (AutoresponderStatistics | Unset): The autoresponder statistics summary
        created_on (datetime.datetime | Unset): The creation date
        click_tracks (list[ClickTrack] | Unset): The list of tracked links
        campaign (AutoresponderDetailsList | Unset): The autoresponder campaign (list)
        editor (NewMessageEditorEnumOutput | Unset): How the message was created: editor_v3 - created by GetResponse
            editor, text means plain text content, html means custom HTML content, getresponse is a…
        send_settings (AutoresponderDetailsSendSettings | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    autoresponder_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    status: StatusEnum | Unset = UNSET
    from_field: FromFieldReference | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    content: MessageContent | Unset = UNSET
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    trigger_settings: AutoresponderTriggerSettings | Unset = UNSET
    statistics: AutoresponderStatistics | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    click_tracks: list[ClickTrack] | Unset = UNSET
    campaign: AutoresponderDetailsList | Unset = UNSET
    editor: NewMessageEditorEnumOutput | Unset = UNSET
    send_settings: AutoresponderDetailsSendSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_flags(json_value_: Any) -> list[MessageFlagsArrayItem] | Unset:
    _flags = json_value_
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    if _flags is not UNSET:
        flags = []
        for componentsschemas_message_flags_array_item_data in _flags:
            componentsschemas_message_flags_array_item = MessageFlagsArrayItem(
                componentsschemas_message_flags_array_item_data
            )

            flags.append(componentsschemas_message_flags_array_item)

    return flags


def _decode_click_tracks(json_value_: Any) -> list[ClickTrack] | Unset:
    _click_tracks = json_value_
    click_tracks: list[ClickTrack] | Unset = UNSET
    if _click_tracks is not UNSET:
        click_tracks = []
        for click_tracks_item_data in _click_tracks:
            click_tracks_item = ClickTrack.from_dict(click_tracks_item_data)

            click_tracks.append(click_tracks_item)

    return click_tracks


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.autoresponder_details_list import AutoresponderDetailsList  # noqa: E402
from ..models.autoresponder_details_send_settings import AutoresponderDetailsSendSettings  # noqa: E402
from ..models.autoresponder_statistics import AutoresponderStatistics  # noqa: E402
from ..models.autoresponder_trigger_settings import AutoresponderTriggerSettings  # noqa: E402
from ..models.click_track import ClickTrack  # noqa: E402
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402

bind_fields(
    AutoresponderDetails,
    {
        "autoresponder_id": WireField("autoresponderId", required=True),
        "href": WireField("href"),
        "name": WireField("name"),
        "subject": WireField("subject"),
        "campaign_id": WireField("campaignId"),
        "status": WireField("status", enum=StatusEnum),
        "from_field": WireField("fromField", decode=FromFieldReference.from_dict, keep=True),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "content": WireField("content", decode=MessageContent.from_dict, keep=True),
        "flags": WireField("flags", decode=_decode_flags, keep=True),
        "trigger_settings": WireField("triggerSettings", decode=AutoresponderTriggerSettings.from_dict, keep=True),
        "statistics": WireField("statistics", decode=AutoresponderStatistics.from_dict, keep=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "click_tracks": WireField("clickTracks", decode=_decode_click_tracks, keep=True),
        "campaign": WireField("campaign", decode=AutoresponderDetailsList.from_dict, keep=True),
        "editor": WireField("editor", enum=NewMessageEditorEnumOutput),
        "send_settings": WireField("sendSettings", decode=AutoresponderDetailsSendSettings.from_dict, keep=True),
    },
    additional_properties=True,
)
