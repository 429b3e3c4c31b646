from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_template_content import TransactionalEmailTemplateContent
    from .transactional_email_template_content import TransactionalEmailTemplateContentDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpdateTransactionalEmailsTemplateBody(WireModel):
    """
    Attributes:
        subject (str | Unset): The template subject Example: Order Confirmation - Example Shop.
        content (TransactionalEmailTemplateContent | Unset): The template content.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    subject: str | Unset = UNSET
    content: TransactionalEmailTemplateContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class UpdateTransactionalEmailsTemplateBodyDict(TypedDict, total=False):
    """UpdateTransactionalEmailsTemplateBody as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    subject: str
    content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_template_content import TransactionalEmailTemplateContent  # noqa: E402

bind_fields(
    UpdateTransactionalEmailsTemplateBody,
    {
        "subject": WireField("subject"),
        "content": WireField("content", decode=TransactionalEmailTemplateContent.from_dict, keep=True),
    },
    additional_properties=True,
)
