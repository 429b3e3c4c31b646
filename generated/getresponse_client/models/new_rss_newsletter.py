from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


def _decode_rss_feed_url(d: Mapping[str, Any]) -> str:
    rss_feed_url: str = d["rssFeedUrl"]
    return rss_feed_url


def _decode_subject(d: Mapping[str, Any]) -> str:
    subject: str = d["subject"]
    return subject


def _decode_status(d: Mapping[str, Any]) -> StatusEnum:
    status = StatusEnum(d["status"])

    return status


def _decode_from_field(d: Mapping[str, Any]) -> FromFieldReference:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    from_field = FromFieldReference.from_dict(d["fromField"])

    return from_field


def _decode_content(d: Mapping[str, Any]) -> MessageContent:
    from ..models.message_content import MessageContent  # noqa: PLC0415

    content = MessageContent.from_dict(d["content"])

    return content


def _decode_send_settings(d: Mapping[str, Any]) -> RssNewsletterSendSettingsDetails:
    from ..models.rss_newsletter_send_settings_details import RssNewsletterSendSettingsDetails  # noqa: PLC0415

    send_settings = RssNewsletterSendSettingsDetails.from_dict(d["sendSettings"])

    return send_settings


def _decode_rss_newsletter_id(d: Mapping[str, Any]) -> str | Unset:
    rss_newsletter_id: str | Unset = d.get("rssNewsletterId", UNSET)
    return rss_newsletter_id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_editor(d: Mapping[str, Any]) -> MessageEditorEnum | Unset:
    _editor = d.get("editor", UNSET)
    editor: MessageEditorEnum | Unset
    if isinstance(_editor, Unset):
        editor = UNSET
    else:
        editor = MessageEditorEnum(_editor)

    return editor


def _decode_reply_to(d: Mapping[str, Any]) -> FromFieldReference | Unset:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    _reply_to = d.get("replyTo", UNSET)
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_flags(d: Mapping[str, Any]) -> list[MessageFlagsArrayItem] | Unset:
    _flags = d.get("flags", UNSET)
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    if _flags is not UNSET:
        flags = []
        for componentsschemas_message_flags_array_item_data in _flags:
            componentsschemas_message_flags_array_item = MessageFlagsArrayItem(
                componentsschemas_message_flags_array_item_data
            )

            flags.append(componentsschemas_message_flags_array_item)

    return flags


def _encode_rss_feed_url(self: NewRssNewsletter) -> Any:
    rss_feed_url = self.rss_feed_url
    return rss_feed_url


def _encode_subject(self: NewRssNewsletter) -> Any:
    subject = self.subject
    return subject


def _encode_status(self: NewRssNewsletter) -> Any:
    status = self.status.value
    return status


def _encode_from_field(self: NewRssNewsletter) -> Any:
    from_field = self.from_field.to_dict()
    return from_field


def _encode_content(self: NewRssNewsletter) -> Any:
    content = self.content.to_dict()
    return content


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


def _encode_editor(self: NewRssNewsletter) -> Any:
    editor: str | Unset = UNSET
    if not isinstance(self.editor, Unset):
        editor = self.editor.value

    return editor


def _encode_reply_to(self: NewRssNewsletter) -> Any:
    reply_to: dict[str, Any] | Unset = UNSET
    if not isinstance(self.reply_to, Unset):
        reply_to = self.reply_to.to_dict()
    return reply_to


def _encode_created_on(self: NewRssNewsletter) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_flags(self: NewRssNewsletter) -> Any:
    flags: list[str] | Unset = UNSET
    if not isinstance(self.flags, Unset):
        flags = []
        for componentsschemas_message_flags_array_item_data in self.flags:
            componentsschemas_message_flags_array_item = componentsschemas_message_flags_array_item_data.value
            flags.append(componentsschemas_message_flags_array_item)

    return flags


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewRssNewsletter._wire_fields}


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
    "rss_feed_url": _decode_rss_feed_url,
    "subject": _decode_subject,
    "status": _decode_status,
    "from_field": _decode_from_field,
    "content": _decode_content,
    "send_settings": _decode_send_settings,
    "rss_newsletter_id": _decode_rss_newsletter_id,
    "href": _decode_href,
    "name": _decode_name,
    "editor": _decode_editor,
    "reply_to": _decode_reply_to,
    "created_on": _decode_created_on,
    "flags": _decode_flags,
    "additional_properties": _decode_additional_properties,
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
