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

from ..types import UNSET


@_attrs_define
class UpdatePredefinedField(WireModel):
    """
    Attributes:
        value (str):  Example: my_new_value.
    """

    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[UpdatePredefinedField], src_dict: Mapping[str, Any]) -> UpdatePredefinedField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("value", UNSET)
    if value is UNSET:
        not_in_response(self, "value")
    else:
        self.value = value
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdatePredefinedField._wire_fields}


class UpdatePredefinedFieldDict(TypedDict, total=False):
    """UpdatePredefinedField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    value: Required[str]


setattr(UpdatePredefinedField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpdatePredefinedField._wire_names = {
    "value": "value",
}
UpdatePredefinedField._wire_fields = frozenset(UpdatePredefinedField._wire_names.values())
UpdatePredefinedField._decoders = {
    "value": None,
}
UpdatePredefinedField._extra_decoder = _decode_additional_properties
