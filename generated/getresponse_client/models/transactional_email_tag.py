from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
    not_in_response,
)

from ..types import UNSET


@_attrs_define
class TransactionalEmailTag(WireModel):
    """
    Attributes:
        tag_id (str):  Example: vBd5.
    """

    tag_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[TransactionalEmailTag], src_dict: Mapping[str, Any]) -> TransactionalEmailTag:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("tagId", UNSET)
    if value is UNSET:
        not_in_response(self, "tag_id")
    else:
        self.tag_id = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailTag._wire_fields}


setattr(TransactionalEmailTag, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TransactionalEmailTag._wire_names = {
    "tag_id": "tagId",
}
TransactionalEmailTag._wire_fields = frozenset(TransactionalEmailTag._wire_names.values())
TransactionalEmailTag._decoders = {
    "tag_id": None,
}
TransactionalEmailTag._extra_decoder = _decode_additional_properties
