from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class IndustryTagId(WireModel):
    """
    Attributes:
        industry_tag_id (str | Unset): Industry tag ID Example: 1.
    """

    industry_tag_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[IndustryTagId], src_dict: Mapping[str, Any]) -> IndustryTagId:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.industry_tag_id = get("industryTagId", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in IndustryTagId._wire_fields}


class IndustryTagIdDict(TypedDict, total=False):
    """IndustryTagId as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    industryTagId: str


setattr(IndustryTagId, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
IndustryTagId._wire_names = {
    "industry_tag_id": "industryTagId",
}
IndustryTagId._wire_fields = frozenset(IndustryTagId._wire_names.values())
IndustryTagId._decoders = {
    "industry_tag_id": None,
}
IndustryTagId._extra_decoder = _decode_additional_properties
