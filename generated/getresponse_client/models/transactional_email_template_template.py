from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_template_template_lexpad import TransactionalEmailTemplateTemplateLexpad


T = TypeVar("T", bound="TransactionalEmailTemplateTemplate")


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

    def _encode(self) -> dict[str, Any]:
        template_id = self.template_id

        lexpad: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lexpad, Unset):
            lexpad = self.lexpad.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateId": template_id,
            }
        )
        if lexpad is not UNSET:
            field_dict["lexpad"] = lexpad

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_template_id(d: Mapping[str, Any]) -> str:
    template_id: str = d["templateId"]
    return template_id


def _decode_lexpad(d: Mapping[str, Any]) -> TransactionalEmailTemplateTemplateLexpad | Unset:
    from ..models.transactional_email_template_template_lexpad import TransactionalEmailTemplateTemplateLexpad  # noqa: PLC0415

    _lexpad = d.get("lexpad", UNSET)
    lexpad: TransactionalEmailTemplateTemplateLexpad | Unset
    if isinstance(_lexpad, Unset):
        lexpad = UNSET
    else:
        lexpad = TransactionalEmailTemplateTemplateLexpad.from_dict(_lexpad)

    return lexpad


def _encode_template_id(self: TransactionalEmailTemplateTemplate) -> Any:
    template_id = self.template_id
    return template_id


def _encode_lexpad(self: TransactionalEmailTemplateTemplate) -> Any:
    lexpad: dict[str, Any] | Unset = UNSET
    if not isinstance(self.lexpad, Unset):
        lexpad = self.lexpad.to_dict()
    return lexpad


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailTemplateTemplate._wire_fields}


TransactionalEmailTemplateTemplate._wire_names = {
    "template_id": "templateId",
    "lexpad": "lexpad",
}
TransactionalEmailTemplateTemplate._wire_fields = frozenset(TransactionalEmailTemplateTemplate._wire_names.values())
TransactionalEmailTemplateTemplate._decoders = {
    "template_id": _decode_template_id,
    "lexpad": _decode_lexpad,
    "additional_properties": _decode_additional_properties,
}
TransactionalEmailTemplateTemplate._encoders = {
    "template_id": _encode_template_id,
    "lexpad": _encode_lexpad,
}
