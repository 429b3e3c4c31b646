from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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
)

from ..models.create_transactional_email_content_type import CreateTransactionalEmailContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.new_transactional_email_tag import NewTransactionalEmailTag
    from ..models.transactional_email_attachment import TransactionalEmailAttachment
    from ..models.transactional_email_content_content import TransactionalEmailContentContent
    from ..models.transactional_email_recipients import TransactionalEmailRecipients


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


def _decode_from_field(json_value_: Any) -> FromFieldReference:
    from_field = FromFieldReference.from_dict(json_value_)

    return from_field


def _decode_recipients(json_value_: Any) -> TransactionalEmailRecipients:
    recipients = TransactionalEmailRecipients.from_dict(json_value_)

    return recipients


def _decode_content_type(json_value_: Any) -> CreateTransactionalEmailContentType:
    content_type = CreateTransactionalEmailContentType(json_value_)

    return content_type


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


def _from_dict(cls: type[DirectContent], src_dict: Mapping[str, Any]) -> DirectContent:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
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
    value = get("recipients", UNSET)
    if value is UNSET:
        not_in_response(self, "recipients")
    elif type(value) is dict:
        self.recipients = TransactionalEmailRecipients.from_dict(value)
    elif absent(value):
        self.recipients = value
    else:
        try:
            self.recipients = _decode_recipients(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "recipients", value, error)
    value = get("contentType", UNSET)
    if value is UNSET:
        not_in_response(self, "content_type")
    elif type(value) is str:
        try:
            self.content_type = _members_content_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.content_type = CreateTransactionalEmailContentType(value)
    elif absent(value):
        self.content_type = value
    else:
        try:
            self.content_type = _decode_content_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "content_type", value, error)
    value = get("content", UNSET)
    if value is UNSET:
        not_in_response(self, "content")
    elif type(value) is dict:
        self.content = TransactionalEmailContentContent.from_dict(value)
    elif absent(value):
        self.content = value
    else:
        try:
            self.content = _decode_content(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "content", value, error)
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
    value = get("tag", UNSET)
    if type(value) is dict:
        self.tag = NewTransactionalEmailTag.from_dict(value)
    elif absent(value):
        self.tag = value
    else:
        try:
            self.tag = _decode_tag(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "tag", value, error)
    self.subject = get("subject", UNSET)
    value = get("attachments", UNSET)
    if absent(value):
        self.attachments = value
    else:
        try:
            self.attachments = _decode_attachments(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "attachments", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in DirectContent._wire_fields}


setattr(DirectContent, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
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
    "subject": None,
    "attachments": _decode_attachments,
}
DirectContent._extra_decoder = _decode_additional_properties
_members_content_type = enum_members(CreateTransactionalEmailContentType)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.new_transactional_email_tag import NewTransactionalEmailTag  # noqa: E402
from ..models.transactional_email_attachment import TransactionalEmailAttachment  # noqa: E402
from ..models.transactional_email_content_content import TransactionalEmailContentContent  # noqa: E402
from ..models.transactional_email_recipients import TransactionalEmailRecipients  # noqa: E402
