from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class IndustryTagProperties(WireModel):
    """
    Attributes:
        name (str | Unset):  Example: Marketing agencies.
        description (str | Unset):  Example: Marketing agencies big and small, with fluent and wise agents....
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[IndustryTagProperties], src_dict: Mapping[str, Any]) -> IndustryTagProperties:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.name = get("name", UNSET)
    self.description = get("description", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in IndustryTagProperties._wire_fields}


setattr(IndustryTagProperties, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
IndustryTagProperties._wire_names = {
    "name": "name",
    "description": "description",
}
IndustryTagProperties._wire_fields = frozenset(IndustryTagProperties._wire_names.values())
IndustryTagProperties._decoders = {
    "name": None,
    "description": None,
}
IndustryTagProperties._extra_decoder = _decode_additional_properties
