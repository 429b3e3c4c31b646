from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
    not_in_response,
)

from ..types import UNSET, Unset


@_attrs_define
class UpdateTag(WireModel):
    """
    Attributes:
        name (str): The tag name Example: My_Tag.
        color (str | Unset): The tag color (deprecated)
    """

    name: str
    color: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[UpdateTag], src_dict: Mapping[str, Any]) -> UpdateTag:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    self.color = get("color", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateTag._wire_fields}


class UpdateTagDict(TypedDict, total=False):
    """UpdateTag as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]


setattr(UpdateTag, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpdateTag._wire_names = {
    "name": "name",
    "color": "color",
}
UpdateTag._wire_fields = frozenset(UpdateTag._wire_names.values())
UpdateTag._read_only = frozenset(["color"])
UpdateTag._decoders = {
    "name": None,
    "color": None,
}
UpdateTag._extra_decoder = _decode_additional_properties
