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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


def _decode_attachments(json_value_: Any) -> list[NewsletterAttachment] | Unset:
    _attachments = json_value_
    attachments: list[NewsletterAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = NewsletterAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


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
from ..models.list_reference import ListReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.newsletter_attachment import NewsletterAttachment  # noqa: E402
from ..models.newsletter_send_metrics import NewsletterSendMetrics  # noqa: E402
from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails  # noqa: E402

bind_fields(
    NewsletterDetails,
    {
        "newsletter_id": WireField("newsletterId", required=True),
        "href": WireField("href", required=True),
        "name": WireField("name"),
        "type_": WireField("type", enum=NewsletterType),
        "status": WireField("status", enum=StatusEnum),
        "editor": WireField("editor", enum=MessageEditorEnum),
        "subject": WireField("subject"),
        "from_field": WireField("fromField", decode=FromFieldReference.from_dict, keep=True),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "send_on": WireField("sendOn", decode=parse_datetime),
        "attachments": WireField("attachments", decode=_decode_attachments, keep=True),
        "send_settings": WireField("sendSettings", decode=NewsletterSendSettingsDetails.from_dict, keep=True),
        "send_metrics": WireField("sendMetrics", decode=NewsletterSendMetrics.from_dict, keep=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "content": WireField("content", decode=MessageContent.from_dict, keep=True),
        "click_tracks": WireField("clickTracks", decode=_decode_click_tracks, keep=True),
        "flags": WireField("flags", decode=_decode_flags, keep=True),
    },
    additional_properties=True,
)
