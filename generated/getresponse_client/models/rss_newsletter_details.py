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
from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_track import ClickTrack
    from ..models.from_field_reference import FromFieldReference
    from ..models.message_content import MessageContent
    from ..models.rss_newsletter_send_settings_details import RssNewsletterSendSettingsDetails


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class RssNewsletterDetails(WireModel):
    """
    Attributes:
        rss_newsletter_id (str): The RSS newsletter ID Example: dGer.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/rss-newsletters/dGer.
        rss_feed_url (str | Unset): The URL for the RSS Feed Example: http://blog.getresponse.com.
        subject (str | Unset): The RSS message subject Example: My rss to newsletters.
        name (str | Unset): How your newsletters will be seen inside the application Example: rsstest0.
        status (StatusEnum | Unset):
        editor (MessageEditorEnum | Unset): Indicates how the message was created: custom means a custom-made message,
            text means plain text content, getresponse means that the message was created using…
        from_field (FromFieldReference | Unset):
        reply_to (FromFieldReference | Unset):
        content (MessageContent | Unset): The message content.
        send_settings (RssNewsletterSendSettingsDetails | Unset):
        created_on (datetime.datetime | Unset): The creation date
        click_tracks (list[ClickTrack] | Unset): The list of tracked links
        flags (list[MessageFlagsArrayItem] | Unset): The message flags.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    rss_newsletter_id: str
    href: str | Unset = UNSET
    rss_feed_url: str | Unset = UNSET
    subject: str | Unset = UNSET
    name: str | Unset = UNSET
    status: StatusEnum | Unset = UNSET
    editor: MessageEditorEnum | Unset = UNSET
    from_field: FromFieldReference | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    content: MessageContent | Unset = UNSET
    send_settings: RssNewsletterSendSettingsDetails | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    click_tracks: list[ClickTrack] | Unset = UNSET
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.click_track import ClickTrack  # noqa: E402
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.rss_newsletter_send_settings_details import RssNewsletterSendSettingsDetails  # noqa: E402

bind_fields(
    RssNewsletterDetails,
    {
        "rss_newsletter_id": WireField("rssNewsletterId", required=True),
        "href": WireField("href"),
        "rss_feed_url": WireField("rssFeedUrl"),
        "subject": WireField("subject"),
        "name": WireField("name"),
        "status": WireField("status", enum=StatusEnum),
        "editor": WireField("editor", enum=MessageEditorEnum),
        "from_field": WireField("fromField", decode=FromFieldReference.from_dict, keep=True),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "content": WireField("content", decode=MessageContent.from_dict, keep=True),
        "send_settings": WireField("sendSettings", decode=RssNewsletterSendSettingsDetails.from_dict, keep=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "click_tracks": WireField("clickTracks", decode=_decode_click_tracks, keep=True),
        "flags": WireField("flags", decode=_decode_flags, keep=True),
    },
    additional_properties=True,
)
