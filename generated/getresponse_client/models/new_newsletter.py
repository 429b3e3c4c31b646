from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.message_flags_array_item import MessageFlagsArrayItem
from ..models.new_newsletter_type import NewNewsletterType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.list_reference import ListReference
    from ..models.message_content import MessageContent
    from ..models.newsletter_attachment import NewsletterAttachment
    from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails
    from .from_field_reference import FromFieldReferenceDict
    from .list_reference import ListReferenceDict
    from .message_content import MessageContentDict
    from .newsletter_attachment import NewsletterAttachmentDict
    from .newsletter_send_settings_details import NewsletterSendSettingsDetailsDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewNewsletter(WireModel):
    """
    Attributes:
        content (MessageContent): The message content.
        subject (str): The message subject Example: Annual report.
        from_field (FromFieldReference):
        campaign (ListReference): A reference to a list (campaign in the API).
        send_settings (NewsletterSendSettingsDetails):
        flags (list[MessageFlagsArrayItem] | Unset): The message flags.
        name (str | Unset): The newsletter name Example: New message.
        type_ (NewNewsletterType | Unset): The newsletter type Default: NewNewsletterType.BROADCAST.
        reply_to (FromFieldReference | Unset):
        attachments (list[NewsletterAttachment] | Unset): The newsletter attachments.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    content: MessageContent
    subject: str
    from_field: FromFieldReference
    campaign: ListReference
    send_settings: NewsletterSendSettingsDetails
    flags: list[MessageFlagsArrayItem] | Unset = UNSET
    name: str | Unset = UNSET
    type_: NewNewsletterType | Unset = NewNewsletterType.BROADCAST
    reply_to: FromFieldReference | Unset = UNSET
    attachments: list[NewsletterAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


def _decode_attachments(json_value_: Any) -> list[NewsletterAttachment] | Unset:
    _attachments = json_value_
    attachments: list[NewsletterAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = NewsletterAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


class NewNewsletterDict(TypedDict, total=False):
    """NewNewsletter as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    content: Required[MessageContent | MessageContentDict]
    subject: Required[str]
    fromField: Required[FromFieldReference | FromFieldReferenceDict]
    campaign: Required[ListReference | ListReferenceDict]
    sendSettings: Required[NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict]
    flags: list[MessageFlagsArrayItem | str]
    name: str
    type: NewNewsletterType | str
    replyTo: FromFieldReference | FromFieldReferenceDict
    attachments: list[NewsletterAttachment | NewsletterAttachmentDict]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402
from ..models.message_content import MessageContent  # noqa: E402
from ..models.newsletter_attachment import NewsletterAttachment  # noqa: E402
from ..models.newsletter_send_settings_details import NewsletterSendSettingsDetails  # noqa: E402

bind_fields(
    NewNewsletter,
    {
        "content": WireField("content", required=True, decode=MessageContent.from_dict, keep=True),
        "subject": WireField("subject", required=True),
        "from_field": WireField("fromField", required=True, decode=FromFieldReference.from_dict, keep=True),
        "campaign": WireField("campaign", required=True, decode=ListReference.from_dict, keep=True),
        "send_settings": WireField(
            "sendSettings", required=True, decode=NewsletterSendSettingsDetails.from_dict, keep=True
        ),
        "flags": WireField("flags", decode=_decode_flags, keep=True),
        "name": WireField("name"),
        "type_": WireField("type", enum=NewNewsletterType),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "attachments": WireField("attachments", decode=_decode_attachments, keep=True),
    },
    additional_properties=True,
)
