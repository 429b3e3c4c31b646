from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_attachment import TransactionalEmailAttachment
    from ..models.transactional_email_content_content import TransactionalEmailContentContent


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailContent(WireModel):
    """
    Attributes:
        content (TransactionalEmailContentContent): The message content.
        subject (str | Unset):  Example: Order Confirmation - Example Shop.
        attachments (list[TransactionalEmailAttachment] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    content: TransactionalEmailContentContent
    subject: str | Unset = UNSET
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
from ..models.transactional_email_attachment import TransactionalEmailAttachment  # noqa: E402
from ..models.transactional_email_content_content import TransactionalEmailContentContent  # noqa: E402

bind_fields(
    TransactionalEmailContent,
    {
        "content": WireField("content", required=True, decode=TransactionalEmailContentContent.from_dict, keep=True),
        "subject": WireField("subject"),
        "attachments": WireField("attachments", decode=_decode_attachments, keep=True),
    },
    additional_properties=True,
)
