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


@_attrs_define
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


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _decode_from_field(json_value_: Any) -> FromFieldReference | Unset:
    _from_field = json_value_
    from_field: FromFieldReference | Unset
    if isinstance(_from_field, Unset):
        from_field = UNSET
    else:
        from_field = FromFieldReference.from_dict(_from_field)

    return from_field


def _decode_reply_to(json_value_: Any) -> FromFieldReference | Unset:
    _reply_to = json_value_
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _decode_content(json_value_: Any) -> MessageContent | Unset:
    _content = json_value_
    content: MessageContent | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = MessageContent.from_dict(_content)

    return content


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


def _decode_trigger_settings(json_value_: Any) -> AutoresponderTriggerSettings | Unset:
    _trigger_settings = json_value_
    trigger_settings: AutoresponderTriggerSettings | Unset
    if isinstance(_trigger_settings, Unset):
        trigger_settings = UNSET
    else:
        trigger_settings = AutoresponderTriggerSettings.from_dict(_trigger_settings)

    return trigger_settings


def _decode_statistics(json_value_: Any) -> AutoresponderStatistics | Unset:
    _statistics = json_value_
    statistics: AutoresponderStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = AutoresponderStatistics.from_dict(_statistics)

    return statistics


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_click_tracks(json_value_: Any) -> list[ClickTrack] | Unset:
    _click_tracks = json_value_
    click_tracks: list[ClickTrack] | Unset = UNSET
    if _click_tracks is not UNSET:
        click_tracks = []
        for click_tracks_item_data in _click_tracks:
            click_tracks_item = ClickTrack.from_dict(click_tracks_item_data)

            click_tracks.append(click_tracks_item)

    return click_tracks


def _decode_campaign(json_value_: Any) -> AutoresponderDetailsList | Unset:
    _campaign = json_value_
    campaign: AutoresponderDetailsList | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = AutoresponderDetailsList.from_dict(_campaign)

    return campaign


def _decode_editor(json_value_: Any) -> NewMessageEditorEnumOutput | Unset:
    _editor = json_value_
    editor: NewMessageEditorEnumOutput | Unset
    if isinstance(_editor, Unset):
        editor = UNSET
    else:
        editor = NewMessageEditorEnumOutput(_editor)

    return editor


def _decode_send_settings(json_value_: Any) -> AutoresponderDetailsSendSettings | Unset:
    _send_settings = json_value_
    send_settings: AutoresponderDetailsSendSettings | Unset
    if isinstance(_send_settings, Unset):
        send_settings = UNSET
    else:
        send_settings = AutoresponderDetailsSendSettings.from_dict(_send_settings)

    return send_settings


def _from_dict(cls: type[AutoresponderDetails], src_dict: Mapping[str, Any]) -> AutoresponderDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("autoresponderId", UNSET)
    if value is UNSET:
        not_in_response(self, "autoresponder_id")
    else:
        self.autoresponder_id = value
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.subject = get("subject", UNSET)
    self.campaign_id = get("campaignId", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = StatusEnum(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("fromField", UNSET)
    if type(value) is dict:
        self.from_field = FromFieldReference.from_dict(value)
    elif absent(value):
        self.from_field = value
    else:
        try:
            self.from_field = _decode_from_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_field", value, error)
    value = get("replyTo", UNSET)
    if type(value) is dict:
        self.reply_to = FromFieldReference.from_dict(value)
    elif absent(value):
        self.reply_to = value
    else:
        try:
            self.reply_to = _decode_reply_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "reply_to", value, error)
    value = get("content", UNSET)
    if type(value) is dict:
        self.content = MessageContent.from_dict(value)
    elif absent(value):
        self.content = value
    else:
        try:
            self.content = _decode_content(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "content", value, error)
    value = get("flags", UNSET)
    if absent(value):
        self.flags = value
    else:
        try:
            self.flags = _decode_flags(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "flags", value, error)
    value = get("triggerSettings", UNSET)
    if type(value) is dict:
        self.trigger_settings = AutoresponderTriggerSettings.from_dict(value)
    elif absent(value):
        self.trigger_settings = value
    else:
        try:
            self.trigger_settings = _decode_trigger_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "trigger_settings", value, error)
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = AutoresponderStatistics.from_dict(value)
    elif absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
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
    value = get("clickTracks", UNSET)
    if absent(value):
        self.click_tracks = value
    else:
        try:
            self.click_tracks = _decode_click_tracks(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "click_tracks", value, error)
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = AutoresponderDetailsList.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("editor", UNSET)
    if type(value) is str:
        try:
            self.editor = _members_editor[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.editor = NewMessageEditorEnumOutput(value)
    elif absent(value):
        self.editor = value
    else:
        try:
            self.editor = _decode_editor(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "editor", value, error)
    value = get("sendSettings", UNSET)
    if type(value) is dict:
        self.send_settings = AutoresponderDetailsSendSettings.from_dict(value)
    elif absent(value):
        self.send_settings = value
    else:
        try:
            self.send_settings = _decode_send_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_settings", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderDetails._wire_fields}


setattr(AutoresponderDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AutoresponderDetails._wire_names = {
    "autoresponder_id": "autoresponderId",
    "href": "href",
    "name": "name",
    "subject": "subject",
    "campaign_id": "campaignId",
    "status": "status",
    "from_field": "fromField",
    "reply_to": "replyTo",
    "content": "content",
    "flags": "flags",
    "trigger_settings": "triggerSettings",
    "statistics": "statistics",
    "created_on": "createdOn",
    "click_tracks": "clickTracks",
    "campaign": "campaign",
    "editor": "editor",
    "send_settings": "sendSettings",
}
AutoresponderDetails._wire_fields = frozenset(AutoresponderDetails._wire_names.values())
AutoresponderDetails._decoders = {
    "autoresponder_id": None,
    "href": None,
    "name": None,
    "subject": None,
    "campaign_id": None,
    "status": _decode_status,
    "from_field": _decode_from_field,
    "reply_to": _decode_reply_to,
    "content": _decode_content,
    "flags": _decode_flags,
    "trigger_settings": _decode_trigger_settings,
    "statistics": _decode_statistics,
    "created_on": _decode_created_on,
    "click_tracks": _decode_click_tracks,
    "campaign": _decode_campaign,
    "editor": _decode_editor,
    "send_settings": _decode_send_settings,
}
AutoresponderDetails._extra_decoder = _decode_additional_properties
_members_status = enum_members(StatusEnum)
_members_editor = enum_members(NewMessageEditorEnumOutput)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.autoresponder_details_list import AutoresponderDetailsList  # noqa: E402
from ..models.autoresponder_details_send_settings import AutoresponderDetailsSendSettings  # noqa: E402
from ..models.autoresponder_statistics import AutoresponderStatistics  # noqa: E402
from ..models.autoresponder_trigger_settings import AutoresponderTriggerSettings  # noqa: E402
from ..models.click_track import ClickTrack  # noqa: E402
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
