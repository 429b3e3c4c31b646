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
    from ..models.transactional_email_template_template_lexpad import TransactionalEmailTemplateTemplateLexpad


@_attrs_define
class TransactionalEmailTemplateTemplate(WireModel):
    """The message template.

    Attributes:
        template_id (str): Transactional emails template identifier Example: Ykz.
        lexpad (TransactionalEmailTemplateTemplateLexpad | Unset): Transactional email lexpad Example: {'some-key':
            'some-value'}.
    """

    template_id: str
    lexpad: TransactionalEmailTemplateTemplateLexpad | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_lexpad(json_value_: Any) -> TransactionalEmailTemplateTemplateLexpad | Unset:
    _lexpad = json_value_
    lexpad: TransactionalEmailTemplateTemplateLexpad | Unset
    if isinstance(_lexpad, Unset):
        lexpad = UNSET
    else:
        lexpad = TransactionalEmailTemplateTemplateLexpad.from_dict(_lexpad)

    return lexpad


def _from_dict(
    cls: type[TransactionalEmailTemplateTemplate], src_dict: Mapping[str, Any]
) -> TransactionalEmailTemplateTemplate:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("templateId", UNSET)
    if value is UNSET:
        not_in_response(self, "template_id")
    else:
        self.template_id = value
    value = get("lexpad", UNSET)
    if type(value) is dict:
        self.lexpad = TransactionalEmailTemplateTemplateLexpad.from_dict(value)
    elif absent(value):
        self.lexpad = value
    else:
        try:
            self.lexpad = _decode_lexpad(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "lexpad", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailTemplateTemplate._wire_fields}


setattr(
    TransactionalEmailTemplateTemplate, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailTemplateTemplate._wire_names = {
    "template_id": "templateId",
    "lexpad": "lexpad",
}
TransactionalEmailTemplateTemplate._wire_fields = frozenset(TransactionalEmailTemplateTemplate._wire_names.values())
TransactionalEmailTemplateTemplate._decoders = {
    "template_id": None,
    "lexpad": _decode_lexpad,
}
TransactionalEmailTemplateTemplate._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_template_template_lexpad import TransactionalEmailTemplateTemplateLexpad  # noqa: E402
