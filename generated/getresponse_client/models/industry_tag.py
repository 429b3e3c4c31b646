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

from ..types import UNSET, Unset


@_attrs_define
class IndustryTag(WireModel):
    """
    Attributes:
        industry_tag_id (str): Industry tag ID Example: 1.
        name (str | Unset):  Example: Marketing agencies.
        description (str | Unset):  Example: Marketing agencies big and small, with fluent and wise agents....
    """

    industry_tag_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[IndustryTag], src_dict: Mapping[str, Any]) -> IndustryTag:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("industryTagId", UNSET)
    if value is UNSET:
        not_in_response(self, "industry_tag_id")
    else:
        self.industry_tag_id = value
    self.name = get("name", UNSET)
    self.description = get("description", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in IndustryTag._wire_fields}


setattr(IndustryTag, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
IndustryTag._wire_names = {
    "industry_tag_id": "industryTagId",
    "name": "name",
    "description": "description",
}
IndustryTag._wire_fields = frozenset(IndustryTag._wire_names.values())
IndustryTag._decoders = {
    "industry_tag_id": None,
    "name": None,
    "description": None,
}
IndustryTag._extra_decoder = _decode_additional_properties
