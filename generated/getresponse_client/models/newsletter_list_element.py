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
from ..models.newsletter_list_element_type import NewsletterListElementType
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.newsletter_list_element_send_metrics import NewsletterListElementSendMetrics
    from ..models.newsletter_send_settings_listing import NewsletterSendSettingsListing


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewsletterListElement(WireModel):
    """
    Attributes:
        newsletter_id (str): The newsletter ID Example: N.
        href (str): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/newsletters/N.
        name (str | Unset): The newsletter name Example: New message.
        type_ (NewsletterListElementType | Unset): The newsletter type Default: NewsletterListElementType.BROADCAST.
        status (StatusEnum | Unset):
        editor (MessageEditorEnum | Unset): Indicates how the message was created: custom means a custom-made message,
            text means plain text content, getresponse means that the message was created using…
        subject (str | Unset): The message subject Example: Annual report.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        send_on (datetime.datetime | Unset): The scheduled send date and time for the newsletter in the ISO 8601 format.
        send_settings (NewsletterSendSettingsListing | Unset):
        send_metrics (NewsletterListElementSendMetrics | Unset): The sending metrics
        created_on (datetime.datetime | Unset): The creation date
        flags (str | Unset): Comma-separated list of message flags. Example: openrate,clicktrack,google_analytics.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    newsletter_id: str
    href: str
    name: str | Unset = UNSET
    type_: NewsletterListElementType | Unset = NewsletterListElementType.BROADCAST
    status: StatusEnum | Unset = UNSET
    editor: MessageEditorEnum | Unset = UNSET
    subject: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    send_on: datetime.datetime | Unset = UNSET
    send_settings: NewsletterSendSettingsListing | Unset = UNSET
    send_metrics: NewsletterListElementSendMetrics | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    flags: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.newsletter_list_element_send_metrics import NewsletterListElementSendMetrics  # noqa: E402
from ..models.newsletter_send_settings_listing import NewsletterSendSettingsListing  # noqa: E402

bind_fields(
    NewsletterListElement,
    {
        "newsletter_id": WireField("newsletterId", required=True),
        "href": WireField("href", required=True),
        "name": WireField("name"),
        "type_": WireField("type", enum=NewsletterListElementType),
        "status": WireField("status", enum=StatusEnum),
        "editor": WireField("editor", enum=MessageEditorEnum),
        "subject": WireField("subject"),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "send_on": WireField("sendOn", decode=parse_datetime),
        "send_settings": WireField("sendSettings", decode=NewsletterSendSettingsListing.from_dict, keep=True),
        "send_metrics": WireField("sendMetrics", decode=NewsletterListElementSendMetrics.from_dict, keep=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "flags": WireField("flags"),
    },
    additional_properties=True,
)
