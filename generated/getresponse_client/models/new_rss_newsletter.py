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
    enum_members,
    not_in_response,
    parse_datetime,
)

from ..models.message_editor_enum import MessageEditorEnum
from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.message_content import MessageContent
    from ..models.rss_newsletter_send_settings_details import RssNewsletterSendSettingsDetails
    from .from_field_reference import FromFieldReferenceDict
    from .message_content import MessageContentDict
    from .rss_newsletter_send_settings_details import RssNewsletterSendSettingsDetailsDict


@_attrs_define
class NewRssNewsletter(WireModel):
    """
    Attributes:
        rss_feed_url (str): The URL for the RSS Feed Example: http://blog.getresponse.com.
        subject (str): The RSS message subject Example: My rss to newsletters.
        status (StatusEnum):
        from_field (FromFieldReference):
        content (MessageContent): The message content.
        send_settings (RssNewsletterSendSettingsDetails):
        rss_newsletter_id (str | Unset): The RSS newsletter ID Example: dGer.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/rss-newsletters/dGer.
        name (str | Unset): How your newsletters will be seen inside the application Example: rsstest0.
        editor (MessageEditorEnum | Unset): Indicates how the message was created: custom means a custom-made message,
            text means plain text content, getresponse means that the message was created using…
        reply_to (FromFieldReference | Unset):
        created_on (datetime.datetime | Unset): The creation date
        flags (list[MessageFlagsArrayItem] | Unset): The message flags.
    """

    rss_feed_url: str
    subject: str
    status: StatusEnum
    from_field: FromFieldReference
    content: MessageContent
    send_settings: RssNewsletterSendSettingsDetails
    rss_newsletter_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    editor: MessageEditorEnum | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> StatusEnum:
    status = StatusEnum(json_value_)

    return status


def _decode_from_field(json_value_: Any) -> FromFieldReference:
    from_field = FromFieldReference.from_dict(json_value_)

    return from_field


def _decode_content(json_value_: Any) -> MessageContent:
    content = MessageContent.from_dict(json_value_)

    return content


def _decode_send_settings(json_value_: Any) -> RssNewsletterSendSettingsDetails:
    send_settings = RssNewsletterSendSettingsDetails.from_dict(json_value_)

    return send_settings


def _decode_editor(json_value_: Any) -> MessageEditorEnum | Unset:
    _editor = json_value_
    editor: MessageEditorEnum | Unset
    if isinstance(_editor, Unset):
        editor = UNSET
    else:
        editor = MessageEditorEnum(_editor)

    return editor


def _decode_reply_to(json_value_: Any) -> FromFieldReference | Unset:
    _reply_to = json_value_
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


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


def _from_dict(cls: type[NewRssNewsletter], src_dict: Mapping[str, Any]) -> NewRssNewsletter:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("rssFeedUrl", UNSET)
    if value is UNSET:
        not_in_response(self, "rss_feed_url")
    else:
        self.rss_feed_url = value
    value = get("subject", UNSET)
    if value is UNSET:
        not_in_response(self, "subject")
    else:
        self.subject = value
    value = get("status", UNSET)
    if value is UNSET:
        not_in_response(self, "status")
    elif type(value) is str:
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
    if value is UNSET:
        not_in_response(self, "from_field")
    elif type(value) is dict:
        self.from_field = FromFieldReference.from_dict(value)
    elif absent(value):
        self.from_field = value
    else:
        try:
            self.from_field = _decode_from_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_field", value, error)
    value = get("content", UNSET)
    if value is UNSET:
        not_in_response(self, "content")
    elif type(value) is dict:
        self.content = MessageContent.from_dict(value)
    elif absent(value):
        self.content = value
    else:
        try:
            self.content = _decode_content(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "content", value, error)
    value = get("sendSettings", UNSET)
    if value is UNSET:
        not_in_response(self, "send_settings")
    elif type(value) is dict:
        self.send_settings = RssNewsletterSendSettingsDetails.from_dict(value)
    elif absent(value):
        self.send_settings = value
    else:
        try:
            self.send_settings = _decode_send_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_settings", value, error)
    self.rss_newsletter_id = get("rssNewsletterId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
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
    return {key: value for key, value in d.items() if key not in NewRssNewsletter._wire_fields}


class NewRssNewsletterDict(TypedDict, total=False):
    """NewRssNewsletter as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    rssFeedUrl: Required[str]
    subject: Required[str]
    status: Required[StatusEnum | str]
    fromField: Required[FromFieldReference | FromFieldReferenceDict]
    content: Required[MessageContent | MessageContentDict]
    sendSettings: Required[RssNewsletterSendSettingsDetails | RssNewsletterSendSettingsDetailsDict]
    name: str
    editor: MessageEditorEnum | str
    replyTo: FromFieldReference | FromFieldReferenceDict
    flags: list[MessageFlagsArrayItem | str]


setattr(NewRssNewsletter, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewRssNewsletter._wire_names = {
    "rss_feed_url": "rssFeedUrl",
    "subject": "subject",
    "status": "status",
    "from_field": "fromField",
    "content": "content",
    "send_settings": "sendSettings",
    "rss_newsletter_id": "rssNewsletterId",
    "href": "href",
    "name": "name",
    "editor": "editor",
    "reply_to": "replyTo",
    "created_on": "createdOn",
    "flags": "flags",
}
NewRssNewsletter._wire_fields = frozenset(NewRssNewsletter._wire_names.values())
NewRssNewsletter._read_only = frozenset(["created_on", "href", "rss_newsletter_id"])
NewRssNewsletter._decoders = {
    "rss_feed_url": None,
    "subject": None,
    "status": _decode_status,
    "from_field": _decode_from_field,
    "content": _decode_content,
    "send_settings": _decode_send_settings,
    "rss_newsletter_id": None,
    "href": None,
    "name": None,
    "editor": _decode_editor,
    "reply_to": _decode_reply_to,
    "created_on": _decode_created_on,
    "flags": _decode_flags,
}
NewRssNewsletter._extra_decoder = _decode_additional_properties
_members_status = enum_members(StatusEnum)
_members_editor = enum_members(MessageEditorEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.rss_newsletter_send_settings_details import RssNewsletterSendSettingsDetails  # noqa: E402
