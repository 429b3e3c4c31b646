from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.create_transactional_email_content_type import CreateTransactionalEmailContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.new_transactional_email_tag import NewTransactionalEmailTag
    from ..models.transactional_email_attachment import TransactionalEmailAttachment
    from ..models.transactional_email_content_content import TransactionalEmailContentContent
    from ..models.transactional_email_recipients import TransactionalEmailRecipients


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class DirectContent(WireModel):
    """
    Attributes:
        from_field (FromFieldReference):
        recipients (TransactionalEmailRecipients):
        content_type (CreateTransactionalEmailContentType): The message content type Default:
            CreateTransactionalEmailContentType.DIRECT.
        content (TransactionalEmailContentContent): The message content.
        reply_to (FromFieldReference | Unset):
        tag (NewTransactionalEmailTag | Unset):
        subject (str | Unset):  Example: Order Confirmation - Example Shop.
        attachments (list[TransactionalEmailAttachment] | Unset):
    """

    from_field: FromFieldReference
    recipients: TransactionalEmailRecipients
    content: TransactionalEmailContentContent
    content_type: CreateTransactionalEmailContentType = CreateTransactionalEmailContentType.DIRECT
    reply_to: FromFieldReference | Unset = UNSET
    tag: NewTransactionalEmailTag | Unset = UNSET
    subject: str | Unset = UNSET
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_from_field(json_value_: Any) -> FromFieldReference:
    from_field = FromFieldReference.from_dict(json_value_)

    return from_field


def _decode_recipients(json_value_: Any) -> TransactionalEmailRecipients:
    recipients = TransactionalEmailRecipients.from_dict(json_value_)

    return recipients


def _decode_content(json_value_: Any) -> TransactionalEmailContentContent:
    content = TransactionalEmailContentContent.from_dict(json_value_)

    return content


def _decode_reply_to(json_value_: Any) -> FromFieldReference | Unset:
    _reply_to = json_value_
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _decode_tag(json_value_: Any) -> NewTransactionalEmailTag | Unset:
    _tag = json_value_
    tag: NewTransactionalEmailTag | Unset
    if isinstance(_tag, Unset):
        tag = UNSET
    else:
        tag = NewTransactionalEmailTag.from_dict(_tag)

    return tag


def _decode_attachments(json_value_: Any) -> list[TransactionalEmailAttachment] | Unset:
    _attachments = json_value_
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = TransactionalEmailAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in DirectContent._wire_fields}


DirectContent._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.new_transactional_email_tag import NewTransactionalEmailTag  # noqa: E402
from ..models.transactional_email_attachment import TransactionalEmailAttachment  # noqa: E402
from ..models.transactional_email_content_content import TransactionalEmailContentContent  # noqa: E402
from ..models.transactional_email_recipients import TransactionalEmailRecipients  # noqa: E402

bind_fields(
    DirectContent,
    {
        "from_field": WireField("fromField", required=True, decode=_decode_from_field, keep=True),
        "recipients": WireField("recipients", required=True, decode=_decode_recipients, keep=True),
        "content_type": WireField("contentType", required=True, enum=CreateTransactionalEmailContentType),
        "content": WireField("content", required=True, decode=_decode_content, keep=True),
        "reply_to": WireField("replyTo", decode=_decode_reply_to, keep=True),
        "tag": WireField("tag", decode=_decode_tag, keep=True),
        "subject": WireField("subject"),
        "attachments": WireField("attachments", decode=_decode_attachments, keep=True),
    },
    additional_properties=True,
)
