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

from ..models.message_editor_enum import MessageEditorEnum
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.message_content import MessageContent
    from ..models.rss_newsletter_send_settings_listing import RssNewsletterSendSettingsListing


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class RssNewsletterListItem(WireModel):
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
        flags (str | Unset): Comma-separated list of message flags. Example: openrate,clicktrack,google_analytics.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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
    flags: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.rss_newsletter_send_settings_listing import RssNewsletterSendSettingsListing  # noqa: E402

bind_fields(
    RssNewsletterListItem,
    {
        "rss_newsletter_id": WireField("rssNewsletterId", required=True),
        "href": WireField("href", required=True),
        "rss_feed_url": WireField("rssFeedUrl"),
        "subject": WireField("subject"),
        "name": WireField("name"),
        "status": WireField("status", enum=StatusEnum),
        "editor": WireField("editor", enum=MessageEditorEnum),
        "from_field": WireField("fromField", decode=FromFieldReference.from_dict, keep=True),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "content": WireField("content", decode=MessageContent.from_dict, keep=True),
        "send_settings": WireField("sendSettings", decode=RssNewsletterSendSettingsListing.from_dict, keep=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "flags": WireField("flags"),
    },
    additional_properties=True,
)
