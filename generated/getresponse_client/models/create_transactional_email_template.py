from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_template_content import TransactionalEmailTemplateContent
    from .transactional_email_template_content import TransactionalEmailTemplateContentDict


@_attrs_define
class CreateTransactionalEmailTemplate(WireModel):
    """
    Attributes:
        subject (str): The template subject Example: Order Confirmation - Example Shop.
        content (TransactionalEmailTemplateContent | Unset): The template content.
    """

    subject: str
    content: TransactionalEmailTemplateContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_content(json_value_: Any) -> TransactionalEmailTemplateContent | Unset:
    _content = json_value_
    content: TransactionalEmailTemplateContent | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = TransactionalEmailTemplateContent.from_dict(_content)

    return content


def _from_dict(
    cls: type[CreateTransactionalEmailTemplate], src_dict: Mapping[str, Any]
) -> CreateTransactionalEmailTemplate:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("subject", UNSET)
    if value is UNSET:
        not_in_response(self, "subject")
    else:
        self.subject = value
    value = get("content", UNSET)
    if type(value) is dict:
        self.content = TransactionalEmailTemplateContent.from_dict(value)
    elif absent(value):
        self.content = value
    else:
        try:
            self.content = _decode_content(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "content", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateTransactionalEmailTemplate._wire_fields}


class CreateTransactionalEmailTemplateDict(TypedDict, total=False):
    """CreateTransactionalEmailTemplate as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    subject: Required[str]
    content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict


setattr(
    CreateTransactionalEmailTemplate, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
CreateTransactionalEmailTemplate._wire_names = {
    "subject": "subject",
    "content": "content",
}
CreateTransactionalEmailTemplate._wire_fields = frozenset(CreateTransactionalEmailTemplate._wire_names.values())
CreateTransactionalEmailTemplate._decoders = {
    "subject": None,
    "content": _decode_content,
}
CreateTransactionalEmailTemplate._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_template_content import TransactionalEmailTemplateContent  # noqa: E402
