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

from ..models.message_editor_enum import MessageEditorEnum
from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.newsletter_type import NewsletterType
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_track import ClickTrack
    from ..models.from_field_reference import FromFieldReference
    from ..models.list_reference import ListReference
    from ..models.message_content import MessageContent
    from ..models.newsletter_attachment import NewsletterAttachment
    from ..models.newsletter_send_metrics import NewsletterSendMetrics
    from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails


@_attrs_define
class NewsletterDetails(WireModel):
    """
    Attributes:
        newsletter_id (str): The newsletter ID Example: N.
        href (str): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/newsletters/N.
        name (str | Unset): The newsletter name Example: New message.
        type_ (NewsletterType | Unset): The newsletter type Default: NewsletterType.BROADCAST.
        status (StatusEnum | Unset):
        editor (MessageEditorEnum | Unset): Indicates how the message was created: custom means a custom-made message,
            text means plain text content, getresponse means that the message was created using…
        subject (str | Unset): The message subject Example: Annual report.
        from_field (FromFieldReference | Unset):
        reply_to (FromFieldReference | Unset):
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        send_on (datetime.datetime | Unset): The scheduled send date and time for the newsletter in the ISO 8601 format.
        attachments (list[NewsletterAttachment] | Unset): The newsletter attachments.
        send_settings (NewsletterSendSettingsDetails | Unset):
        send_metrics (NewsletterSendMetrics | Unset): The sending metrics
        created_on (datetime.datetime | Unset): The creation date
        content (MessageContent | Unset): The message content.
        click_tracks (list[ClickTrack] | Unset): The list of tracked links
        flags (list[MessageFlagsArrayItem] | Unset): The message flags.
    """

    newsletter_id: str
    href: str
    name: str | Unset = UNSET
    type_: NewsletterType | Unset = NewsletterType.BROADCAST
    status: StatusEnum | Unset = UNSET
    editor: MessageEditorEnum | Unset = UNSET
    subject: str | Unset = UNSET
    from_field: FromFieldReference | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    send_on: datetime.datetime | Unset = UNSET
    attachments: list[NewsletterAttachment] | Unset = UNSET
    send_settings: NewsletterSendSettingsDetails | Unset = UNSET
    send_metrics: NewsletterSendMetrics | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    content: MessageContent | Unset = UNSET
    click_tracks: list[ClickTrack] | Unset = UNSET
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_type_(json_value_: Any) -> NewsletterType | Unset:
    _type_ = json_value_
    type_: NewsletterType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = NewsletterType(_type_)

    return type_


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _decode_editor(json_value_: Any) -> MessageEditorEnum | Unset:
    _editor = json_value_
    editor: MessageEditorEnum | Unset
    if isinstance(_editor, Unset):
        editor = UNSET
    else:
        editor = MessageEditorEnum(_editor)

    return editor


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


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_send_on(json_value_: Any) -> datetime.datetime | Unset:
    _send_on = json_value_
    send_on: datetime.datetime | Unset
    if isinstance(_send_on, Unset):
        send_on = UNSET
    else:
        send_on = datetime.datetime.fromisoformat(_send_on)

    return send_on


def _decode_attachments(json_value_: Any) -> list[NewsletterAttachment] | Unset:
    _attachments = json_value_
    attachments: list[NewsletterAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = NewsletterAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


def _decode_send_settings(json_value_: Any) -> NewsletterSendSettingsDetails | Unset:
    _send_settings = json_value_
    send_settings: NewsletterSendSettingsDetails | Unset
    if isinstance(_send_settings, Unset):
        send_settings = UNSET
    else:
        send_settings = NewsletterSendSettingsDetails.from_dict(_send_settings)

    return send_settings


def _decode_send_metrics(json_value_: Any) -> NewsletterSendMetrics | Unset:
    _send_metrics = json_value_
    send_metrics: NewsletterSendMetrics | Unset
    if isinstance(_send_metrics, Unset):
        send_metrics = UNSET
    else:
        send_metrics = NewsletterSendMetrics.from_dict(_send_metrics)

    return send_metrics


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_content(json_value_: Any) -> MessageContent | Unset:
    _content = json_value_
    content: MessageContent | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = MessageContent.from_dict(_content)

    return content


def _decode_click_tracks(json_value_: Any) -> list[ClickTrack] | Unset:
    _click_tracks = json_value_
    click_tracks: list[ClickTrack] | Unset = UNSET
    if _click_tracks is not UNSET:
        click_tracks = []
        for click_tracks_item_data in _click_tracks:
            click_tracks_item = ClickTrack.from_dict(click_tracks_item_data)

            click_tracks.append(click_tracks_item)

    return click_tracks


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


def _from_dict(cls: type[NewsletterDetails], src_dict: Mapping[str, Any]) -> NewsletterDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("newsletterId", UNSET)
    if value is UNSET:
        not_in_response(self, "newsletter_id")
    else:
        self.newsletter_id = value
    value = get("href", UNSET)
    if value is UNSET:
        not_in_response(self, "href")
    else:
        self.href = value
    self.name = get("name", UNSET)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = NewsletterType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
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
    value = get("editor", UNSET)
    if type(value) is str:
        try:
            self.editor = _members_editor[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.editor = MessageEditorEnum(value)
    elif absent(value):
        self.editor = value
    else:
        try:
            self.editor = _decode_editor(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "editor", value, error)
    self.subject = get("subject", UNSET)
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
    value = get("sendOn", UNSET)
    if type(value) is str:
        try:
            self.send_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    elif absent(value):
        self.send_on = value
    else:
        try:
            self.send_on = _decode_send_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    value = get("attachments", UNSET)
    if absent(value):
        self.attachments = value
    else:
        try:
            self.attachments = _decode_attachments(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "attachments", value, error)
    value = get("sendSettings", UNSET)
    if type(value) is dict:
        self.send_settings = NewsletterSendSettingsDetails.from_dict(value)
    elif absent(value):
        self.send_settings = value
    else:
        try:
            self.send_settings = _decode_send_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_settings", value, error)
    value = get("sendMetrics", UNSET)
    if type(value) is dict:
        self.send_metrics = NewsletterSendMetrics.from_dict(value)
    elif absent(value):
        self.send_metrics = value
    else:
        try:
            self.send_metrics = _decode_send_metrics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_metrics", value, error)
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
    value = get("clickTracks", UNSET)
    if absent(value):
        self.click_tracks = value
    else:
        try:
            self.click_tracks = _decode_click_tracks(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "click_tracks", value, error)
    value = get("flags", UNSET)
    if absent(value):
        self.flags = value
    else:
        try:
            self.flags = _decode_flags(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "flags", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterDetails._wire_fields}


setattr(NewsletterDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewsletterDetails._wire_names = {
    "newsletter_id": "newsletterId",
    "href": "href",
    "name": "name",
    "type_": "type",
    "status": "status",
    "editor": "editor",
    "subject": "subject",
    "from_field": "fromField",
    "reply_to": "replyTo",
    "campaign": "campaign",
    "send_on": "sendOn",
    "attachments": "attachments",
    "send_settings": "sendSettings",
    "send_metrics": "sendMetrics",
    "created_on": "createdOn",
    "content": "content",
    "click_tracks": "clickTracks",
    "flags": "flags",
}
NewsletterDetails._wire_fields = frozenset(NewsletterDetails._wire_names.values())
NewsletterDetails._decoders = {
    "newsletter_id": None,
    "href": None,
    "name": None,
    "type_": _decode_type_,
    "status": _decode_status,
    "editor": _decode_editor,
    "subject": None,
    "from_field": _decode_from_field,
    "reply_to": _decode_reply_to,
    "campaign": _decode_campaign,
    "send_on": _decode_send_on,
    "attachments": _decode_attachments,
    "send_settings": _decode_send_settings,
    "send_metrics": _decode_send_metrics,
    "created_on": _decode_created_on,
    "content": _decode_content,
    "click_tracks": _decode_click_tracks,
    "flags": _decode_flags,
}
NewsletterDetails._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(NewsletterType)
_members_status = enum_members(StatusEnum)
_members_editor = enum_members(MessageEditorEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.click_track import ClickTrack  # noqa: E402
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.newsletter_attachment import NewsletterAttachment  # noqa: E402
from ..models.newsletter_send_metrics import NewsletterSendMetrics  # noqa: E402
from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails  # noqa: E402
