from __future__ import annotations

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
    from ..models.transactional_email_recipients import TransactionalEmailRecipients
    from ..models.transactional_email_template_template import TransactionalEmailTemplateTemplate


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TemplateContent(WireModel):
    """
    Attributes:
        from_field (FromFieldReference):
        recipients (TransactionalEmailRecipients):
        content_type (CreateTransactionalEmailContentType): The message content type Default:
            CreateTransactionalEmailContentType.DIRECT.
        template (TransactionalEmailTemplateTemplate): The message template.
        reply_to (FromFieldReference | Unset):
        tag (NewTransactionalEmailTag | Unset):
        attachments (list[TransactionalEmailAttachment] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    from_field: FromFieldReference
    recipients: TransactionalEmailRecipients
    template: TransactionalEmailTemplateTemplate
    content_type: CreateTransactionalEmailContentType = CreateTransactionalEmailContentType.DIRECT
    reply_to: FromFieldReference | Unset = UNSET
    tag: NewTransactionalEmailTag | Unset = UNSET
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_attachments(json_value_: Any) -> list[TransactionalEmailAttachment] | Unset:
    _attachments = json_value_
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = TransactionalEmailAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.new_transactional_email_tag import NewTransactionalEmailTag  # noqa: E402
from ..models.transactional_email_attachment import TransactionalEmailAttachment  # noqa: E402
from ..models.transactional_email_recipients import TransactionalEmailRecipients  # noqa: E402
from ..models.transactional_email_template_template import TransactionalEmailTemplateTemplate  # noqa: E402

bind_fields(
    TemplateContent,
    {
        "from_field": WireField("fromField", required=True, decode=FromFieldReference.from_dict, keep=True),
        "recipients": WireField("recipients", required=True, decode=TransactionalEmailRecipients.from_dict, keep=True),
        "content_type": WireField("contentType", required=True, enum=CreateTransactionalEmailContentType),
        "template": WireField(
            "template", required=True, decode=TransactionalEmailTemplateTemplate.from_dict, keep=True
        ),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "tag": WireField("tag", decode=NewTransactionalEmailTag.from_dict, keep=True),
        "attachments": WireField("attachments", decode=_decode_attachments, keep=True),
    },
    additional_properties=True,
)
