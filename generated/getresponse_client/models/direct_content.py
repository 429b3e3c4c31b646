from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.create_transactional_email_content_type import CreateTransactionalEmailContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.new_transactional_email_tag import NewTransactionalEmailTag
    from ..models.transactional_email_attachment import TransactionalEmailAttachment
    from ..models.transactional_email_content_content import TransactionalEmailContentContent
    from ..models.transactional_email_recipients import TransactionalEmailRecipients


T = TypeVar("T", bound="DirectContent")


@_attrs_define
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

    def _encode(self) -> dict[str, Any]:
        from_field = self.from_field.to_dict()

        recipients = self.recipients.to_dict()

        content_type = self.content_type.value

        content = self.content.to_dict()

        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.to_dict()

        subject = self.subject

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromField": from_field,
                "recipients": recipients,
                "contentType": content_type,
                "content": content,
            }
        )
        if reply_to is not UNSET:
            field_dict["replyTo"] = reply_to
        if tag is not UNSET:
            field_dict["tag"] = tag
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

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


def _decode_from_field(d: Mapping[str, Any]) -> FromFieldReference:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    from_field = FromFieldReference.from_dict(d["fromField"])

    return from_field


def _decode_recipients(d: Mapping[str, Any]) -> TransactionalEmailRecipients:
    from ..models.transactional_email_recipients import TransactionalEmailRecipients  # noqa: PLC0415

    recipients = TransactionalEmailRecipients.from_dict(d["recipients"])

    return recipients


def _decode_content_type(d: Mapping[str, Any]) -> CreateTransactionalEmailContentType:
    content_type = CreateTransactionalEmailContentType(d["contentType"])

    return content_type


def _decode_content(d: Mapping[str, Any]) -> TransactionalEmailContentContent:
    from ..models.transactional_email_content_content import TransactionalEmailContentContent  # noqa: PLC0415

    content = TransactionalEmailContentContent.from_dict(d["content"])

    return content


def _decode_reply_to(d: Mapping[str, Any]) -> FromFieldReference | Unset:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    _reply_to = d.get("replyTo", UNSET)
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _decode_tag(d: Mapping[str, Any]) -> NewTransactionalEmailTag | Unset:
    from ..models.new_transactional_email_tag import NewTransactionalEmailTag  # noqa: PLC0415

    _tag = d.get("tag", UNSET)
    tag: NewTransactionalEmailTag | Unset
    if isinstance(_tag, Unset):
        tag = UNSET
    else:
        tag = NewTransactionalEmailTag.from_dict(_tag)

    return tag


def _decode_subject(d: Mapping[str, Any]) -> str | Unset:
    subject: str | Unset = d.get("subject", UNSET)
    return subject


def _decode_attachments(d: Mapping[str, Any]) -> list[TransactionalEmailAttachment] | Unset:
    from ..models.transactional_email_attachment import TransactionalEmailAttachment  # noqa: PLC0415

    _attachments = d.get("attachments", UNSET)
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = TransactionalEmailAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


def _encode_from_field(self: DirectContent) -> Any:
    from_field = self.from_field.to_dict()
    return from_field


def _encode_recipients(self: DirectContent) -> Any:
    recipients = self.recipients.to_dict()
    return recipients


def _encode_content_type(self: DirectContent) -> Any:
    content_type = self.content_type.value
    return content_type


def _encode_content(self: DirectContent) -> Any:
    content = self.content.to_dict()
    return content


def _encode_reply_to(self: DirectContent) -> Any:
    reply_to: dict[str, Any] | Unset = UNSET
    if not isinstance(self.reply_to, Unset):
        reply_to = self.reply_to.to_dict()
    return reply_to


def _encode_tag(self: DirectContent) -> Any:
    tag: dict[str, Any] | Unset = UNSET
    if not isinstance(self.tag, Unset):
        tag = self.tag.to_dict()
    return tag


def _encode_subject(self: DirectContent) -> Any:
    subject = self.subject
    return subject


def _encode_attachments(self: DirectContent) -> Any:
    attachments: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.attachments, Unset):
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

    return attachments


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in DirectContent._wire_fields}


DirectContent._wire_names = {
    "from_field": "fromField",
    "recipients": "recipients",
    "content_type": "contentType",
    "content": "content",
    "reply_to": "replyTo",
    "tag": "tag",
    "subject": "subject",
    "attachments": "attachments",
}
DirectContent._wire_fields = frozenset(DirectContent._wire_names.values())
DirectContent._decoders = {
    "from_field": _decode_from_field,
    "recipients": _decode_recipients,
    "content_type": _decode_content_type,
    "content": _decode_content,
    "reply_to": _decode_reply_to,
    "tag": _decode_tag,
    "subject": _decode_subject,
    "attachments": _decode_attachments,
    "additional_properties": _decode_additional_properties,
}
DirectContent._encoders = {
    "from_field": _encode_from_field,
    "recipients": _encode_recipients,
    "content_type": _encode_content_type,
    "content": _encode_content,
    "reply_to": _encode_reply_to,
    "tag": _encode_tag,
    "subject": _encode_subject,
    "attachments": _encode_attachments,
}
