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
    not_in_response,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_attachment import TransactionalEmailAttachment
    from ..models.transactional_email_template_template import TransactionalEmailTemplateTemplate


@_attrs_define
class TransactionalEmailTemplate(WireModel):
    """The template content

    Attributes:
        template (TransactionalEmailTemplateTemplate): The message template.
        attachments (list[TransactionalEmailAttachment] | Unset):
    """

    template: TransactionalEmailTemplateTemplate
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_template(json_value_: Any) -> TransactionalEmailTemplateTemplate:
    template = TransactionalEmailTemplateTemplate.from_dict(json_value_)

    return template


def _decode_attachments(json_value_: Any) -> list[TransactionalEmailAttachment] | Unset:
    _attachments = json_value_
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = TransactionalEmailAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


def _from_dict(cls: type[TransactionalEmailTemplate], src_dict: Mapping[str, Any]) -> TransactionalEmailTemplate:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("template", UNSET)
    if value is UNSET:
        not_in_response(self, "template")
    elif type(value) is dict:
        self.template = TransactionalEmailTemplateTemplate.from_dict(value)
    elif absent(value):
        self.template = value
    else:
        try:
            self.template = _decode_template(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "template", value, error)
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
    return {key: value for key, value in d.items() if key not in TransactionalEmailTemplate._wire_fields}


setattr(TransactionalEmailTemplate, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TransactionalEmailTemplate._wire_names = {
    "template": "template",
    "attachments": "attachments",
}
TransactionalEmailTemplate._wire_fields = frozenset(TransactionalEmailTemplate._wire_names.values())
TransactionalEmailTemplate._decoders = {
    "template": _decode_template,
    "attachments": _decode_attachments,
}
TransactionalEmailTemplate._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_attachment import TransactionalEmailAttachment  # noqa: E402
from ..models.transactional_email_template_template import TransactionalEmailTemplateTemplate  # noqa: E402
