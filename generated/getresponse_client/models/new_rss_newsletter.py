from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.message_editor_enum import MessageEditorEnum
from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.message_content import MessageContent
    from ..models.rss_newsletter_send_settings_details import RssNewsletterSendSettingsDetails


T = TypeVar("T", bound="NewRssNewsletter")


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
    rss_newsletter_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    editor: MessageEditorEnum | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        rss_feed_url = self.rss_feed_url

        subject = self.subject

        status = self.status.value

        from_field = self.from_field.to_dict()

        content = self.content.to_dict()

        send_settings = self.send_settings.to_dict()

        rss_newsletter_id = self.rss_newsletter_id

        href = self.href

        name = self.name

        editor: str | Unset = UNSET
        if not isinstance(self.editor, Unset):
            editor = self.editor.value

        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = []
            for componentsschemas_message_flags_array_item_data in self.flags:
                componentsschemas_message_flags_array_item = componentsschemas_message_flags_array_item_data.value
                flags.append(componentsschemas_message_flags_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rssFeedUrl": rss_feed_url,
                "subject": subject,
                "status": status,
                "fromField": from_field,
                "content": content,
                "sendSettings": send_settings,
            }
        )
        if rss_newsletter_id is not UNSET:
            field_dict["rssNewsletterId"] = rss_newsletter_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if editor is not UNSET:
            field_dict["editor"] = editor
        if reply_to is not UNSET:
            field_dict["replyTo"] = reply_to
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_rss_feed_url(self: NewRssNewsletter) -> Any:
    rss_feed_url = self.rss_feed_url
    return rss_feed_url


def _encode_subject(self: NewRssNewsletter) -> Any:
    subject = self.subject
    return subject


def _decode_status(json_value_: Any) -> StatusEnum:
    status = StatusEnum(json_value_)

    return status


def _encode_status(self: NewRssNewsletter) -> Any:
    status = self.status.value
    return status


def _decode_from_field(json_value_: Any) -> FromFieldReference:
    from_field = FromFieldReference.from_dict(json_value_)

    return from_field


def _encode_from_field(self: NewRssNewsletter) -> Any:
    from_field = self.from_field.to_dict()
    return from_field


def _decode_content(json_value_: Any) -> MessageContent:
    content = MessageContent.from_dict(json_value_)

    return content


def _encode_content(self: NewRssNewsletter) -> Any:
    content = self.content.to_dict()
    return content


def _decode_send_settings(json_value_: Any) -> RssNewsletterSendSettingsDetails:
    send_settings = RssNewsletterSendSettingsDetails.from_dict(json_value_)

    return send_settings


def _encode_send_settings(self: NewRssNewsletter) -> Any:
    send_settings = self.send_settings.to_dict()
    return send_settings


def _encode_rss_newsletter_id(self: NewRssNewsletter) -> Any:
    rss_newsletter_id = self.rss_newsletter_id
    return rss_newsletter_id


def _encode_href(self: NewRssNewsletter) -> Any:
    href = self.href
    return href


def _encode_name(self: NewRssNewsletter) -> Any:
    name = self.name
    return name


def _decode_editor(json_value_: Any) -> MessageEditorEnum | Unset:
    _editor = json_value_
    editor: MessageEditorEnum | Unset
    if isinstance(_editor, Unset):
        editor = UNSET
    else:
        editor = MessageEditorEnum(_editor)

    return editor


def _encode_editor(self: NewRssNewsletter) -> Any:
    editor: str | Unset = UNSET
    if not isinstance(self.editor, Unset):
        editor = self.editor.value

    return editor


def _decode_reply_to(json_value_: Any) -> FromFieldReference | Unset:
    _reply_to = json_value_
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _encode_reply_to(self: NewRssNewsletter) -> Any:
    reply_to: dict[str, Any] | Unset = UNSET
    if not isinstance(self.reply_to, Unset):
        reply_to = self.reply_to.to_dict()
    return reply_to


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _encode_created_on(self: NewRssNewsletter) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
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


def _encode_flags(self: NewRssNewsletter) -> Any:
    flags: list[str] | Unset = UNSET
    if not isinstance(self.flags, Unset):
        flags = []
        for componentsschemas_message_flags_array_item_data in self.flags:
            componentsschemas_message_flags_array_item = componentsschemas_message_flags_array_item_data.value
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
    self.rss_feed_url = get("rssFeedUrl", UNSET)
    self.subject = get("subject", UNSET)
    value = get("status", UNSET)
    if absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("fromField", UNSET)
    if absent(value):
        self.from_field = value
    else:
        try:
            self.from_field = _decode_from_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_field", value, error)
    value = get("content", UNSET)
    if absent(value):
        self.content = value
    else:
        try:
            self.content = _decode_content(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "content", value, error)
    value = get("sendSettings", UNSET)
    if absent(value):
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
    if absent(value):
        self.editor = value
    else:
        try:
            self.editor = _decode_editor(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "editor", value, error)
    value = get("replyTo", UNSET)
    if absent(value):
        self.reply_to = value
    else:
        try:
            self.reply_to = _decode_reply_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "reply_to", value, error)
    value = get("createdOn", UNSET)
    if absent(value):
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
NewRssNewsletter._encoders = {
    "rss_feed_url": _encode_rss_feed_url,
    "subject": _encode_subject,
    "status": _encode_status,
    "from_field": _encode_from_field,
    "content": _encode_content,
    "send_settings": _encode_send_settings,
    "rss_newsletter_id": _encode_rss_newsletter_id,
    "href": _encode_href,
    "name": _encode_name,
    "editor": _encode_editor,
    "reply_to": _encode_reply_to,
    "created_on": _encode_created_on,
    "flags": _encode_flags,
}
NewRssNewsletter._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.rss_newsletter_send_settings_details import RssNewsletterSendSettingsDetails  # noqa: E402
