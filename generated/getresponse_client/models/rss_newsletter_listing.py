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
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.message_content import MessageContent
    from ..models.rss_newsletter_send_settings_listing import RssNewsletterSendSettingsListing


@_attrs_define
class RssNewsletterListing(WireModel):
    """
    Attributes:
        rss_newsletter_id (str): The RSS newsletter ID Example: dGer.
        href (str): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/rss-newsletters/dGer.
        rss_feed_url (str | Unset): The URL for the RSS Feed Example: http://blog.getresponse.com.
        subject (str | Unset): The RSS message subject Example: My rss to newsletters.
        name (str | Unset): How your newsletters will be seen inside the application Example: rsstest0.
        status (StatusEnum | Unset):
        editor (MessageEditorEnum | Unset): Indicates how the message was created: custom means a custom-made message,
            text means plain text content, getresponse means that the message was created using…
        from_field (FromFieldReference | Unset):
        reply_to (FromFieldReference | Unset):
        content (MessageContent | Unset): The message content.
        send_settings (RssNewsletterSendSettingsListing | Unset):
        created_on (datetime.datetime | Unset): The creation date
    """

    rss_newsletter_id: str
    href: str
    rss_feed_url: str | Unset = UNSET
    subject: str | Unset = UNSET
    name: str | Unset = UNSET
    status: StatusEnum | Unset = UNSET
    editor: MessageEditorEnum | Unset = UNSET
    from_field: FromFieldReference | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    content: MessageContent | Unset = UNSET
    send_settings: RssNewsletterSendSettingsListing | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


def _decode_content(json_value_: Any) -> MessageContent | Unset:
    _content = json_value_
    content: MessageContent | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = MessageContent.from_dict(_content)

    return content


def _decode_send_settings(json_value_: Any) -> RssNewsletterSendSettingsListing | Unset:
    _send_settings = json_value_
    send_settings: RssNewsletterSendSettingsListing | Unset
    if isinstance(_send_settings, Unset):
        send_settings = UNSET
    else:
        send_settings = RssNewsletterSendSettingsListing.from_dict(_send_settings)

    return send_settings


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[RssNewsletterListing], src_dict: Mapping[str, Any]) -> RssNewsletterListing:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("rssNewsletterId", UNSET)
    if value is UNSET:
        not_in_response(self, "rss_newsletter_id")
    else:
        self.rss_newsletter_id = value
    value = get("href", UNSET)
    if value is UNSET:
        not_in_response(self, "href")
    else:
        self.href = value
    self.rss_feed_url = get("rssFeedUrl", UNSET)
    self.subject = get("subject", UNSET)
    self.name = get("name", UNSET)
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
    value = get("sendSettings", UNSET)
    if type(value) is dict:
        self.send_settings = RssNewsletterSendSettingsListing.from_dict(value)
    elif absent(value):
        self.send_settings = value
    else:
        try:
            self.send_settings = _decode_send_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_settings", value, error)
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RssNewsletterListing._wire_fields}


setattr(RssNewsletterListing, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
RssNewsletterListing._wire_names = {
    "rss_newsletter_id": "rssNewsletterId",
    "href": "href",
    "rss_feed_url": "rssFeedUrl",
    "subject": "subject",
    "name": "name",
    "status": "status",
    "editor": "editor",
    "from_field": "fromField",
    "reply_to": "replyTo",
    "content": "content",
    "send_settings": "sendSettings",
    "created_on": "createdOn",
}
RssNewsletterListing._wire_fields = frozenset(RssNewsletterListing._wire_names.values())
RssNewsletterListing._decoders = {
    "rss_newsletter_id": None,
    "href": None,
    "rss_feed_url": None,
    "subject": None,
    "name": None,
    "status": _decode_status,
    "editor": _decode_editor,
    "from_field": _decode_from_field,
    "reply_to": _decode_reply_to,
    "content": _decode_content,
    "send_settings": _decode_send_settings,
    "created_on": _decode_created_on,
}
RssNewsletterListing._extra_decoder = _decode_additional_properties
_members_status = enum_members(StatusEnum)
_members_editor = enum_members(MessageEditorEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.rss_newsletter_send_settings_listing import RssNewsletterSendSettingsListing  # noqa: E402
