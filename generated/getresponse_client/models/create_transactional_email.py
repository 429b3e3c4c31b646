from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

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
    from ..models.transactional_email_recipients import TransactionalEmailRecipients
    from .from_field_reference import FromFieldReferenceDict
    from .new_transactional_email_tag import NewTransactionalEmailTagDict
    from .transactional_email_recipients import TransactionalEmailRecipientsDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CreateTransactionalEmail(WireModel):
    """
    Attributes:
        from_field (FromFieldReference):
        recipients (TransactionalEmailRecipients):
        content_type (CreateTransactionalEmailContentType): The message content type Default:
            CreateTransactionalEmailContentType.DIRECT.
        reply_to (FromFieldReference | Unset):
        tag (NewTransactionalEmailTag | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    from_field: FromFieldReference
    recipients: TransactionalEmailRecipients
    content_type: CreateTransactionalEmailContentType = CreateTransactionalEmailContentType.DIRECT
    reply_to: FromFieldReference | Unset = UNSET
    tag: NewTransactionalEmailTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class CreateTransactionalEmailDict(TypedDict, total=False):
    """CreateTransactionalEmail as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    fromField: Required[FromFieldReference | FromFieldReferenceDict]
    recipients: Required[TransactionalEmailRecipients | TransactionalEmailRecipientsDict]
    contentType: Required[CreateTransactionalEmailContentType | str]
    replyTo: FromFieldReference | FromFieldReferenceDict
    tag: NewTransactionalEmailTag | NewTransactionalEmailTagDict


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.new_transactional_email_tag import NewTransactionalEmailTag  # noqa: E402
from ..models.transactional_email_recipients import TransactionalEmailRecipients  # noqa: E402

bind_fields(
    CreateTransactionalEmail,
    {
        "from_field": WireField("fromField", required=True, decode=FromFieldReference.from_dict, keep=True),
        "recipients": WireField("recipients", required=True, decode=TransactionalEmailRecipients.from_dict, keep=True),
        "content_type": WireField("contentType", required=True, enum=CreateTransactionalEmailContentType),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "tag": WireField("tag", decode=NewTransactionalEmailTag.from_dict, keep=True),
    },
    additional_properties=True,
)
