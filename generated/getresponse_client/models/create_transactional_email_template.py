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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_template_content import TransactionalEmailTemplateContent
    from .transactional_email_template_content import TransactionalEmailTemplateContentDict


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class CreateTransactionalEmailTemplate(WireModel):
    """
    Attributes:
        subject (str): The template subject Example: Order Confirmation - Example Shop.
        content (TransactionalEmailTemplateContent | Unset): The template content.
    """

    subject: str
    content: TransactionalEmailTemplateContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateTransactionalEmailTemplate._wire_fields}


class CreateTransactionalEmailTemplateDict(TypedDict, total=False):
    """CreateTransactionalEmailTemplate as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    subject: Required[str]
    content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict


CreateTransactionalEmailTemplate._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_template_content import TransactionalEmailTemplateContent  # noqa: E402

bind_fields(
    CreateTransactionalEmailTemplate,
    {
        "subject": WireField("subject", required=True),
        "content": WireField("content", decode=TransactionalEmailTemplateContent.from_dict, keep=True),
    },
    additional_properties=True,
)
