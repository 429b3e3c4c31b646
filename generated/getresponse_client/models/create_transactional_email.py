from __future__ import annotations

from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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

    from_field: FromFieldReference
    recipients: TransactionalEmailRecipients
    content_type: CreateTransactionalEmailContentType = CreateTransactionalEmailContentType.DIRECT
    reply_to: FromFieldReference | Unset = UNSET
    tag: NewTransactionalEmailTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateTransactionalEmail._wire_fields}


class CreateTransactionalEmailDict(TypedDict, total=False):
    """CreateTransactionalEmail as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    fromField: Required[FromFieldReference | FromFieldReferenceDict]
    recipients: Required[TransactionalEmailRecipients | TransactionalEmailRecipientsDict]
    contentType: Required[CreateTransactionalEmailContentType | str]
    replyTo: FromFieldReference | FromFieldReferenceDict
    tag: NewTransactionalEmailTag | NewTransactionalEmailTagDict


CreateTransactionalEmail._extra_decoder = _decode_additional_properties

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
