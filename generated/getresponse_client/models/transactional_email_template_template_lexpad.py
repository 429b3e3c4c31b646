from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)


@_attrs_define
class TransactionalEmailTemplateTemplateLexpad(WireModel):
    """Transactional email lexpad

    Example:
        {'some-key': 'some-value'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[TransactionalEmailTemplateTemplateLexpad], src_dict: Mapping[str, Any]
) -> TransactionalEmailTemplateTemplateLexpad:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailTemplateTemplateLexpad._wire_fields}


setattr(
    TransactionalEmailTemplateTemplateLexpad, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailTemplateTemplateLexpad._wire_names = {}
TransactionalEmailTemplateTemplateLexpad._wire_fields = frozenset(
    TransactionalEmailTemplateTemplateLexpad._wire_names.values()
)
TransactionalEmailTemplateTemplateLexpad._decoders = {}
TransactionalEmailTemplateTemplateLexpad._extra_decoder = _decode_additional_properties
