from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

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

from ..types import UNSET


@_attrs_define
class UpdateBlocklist(WireModel):
    """
    Attributes:
        masks (list[str]):
    """

    masks: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_masks(json_value_: Any) -> list[str]:
    masks = cast(list[str], json_value_)

    return masks


def _from_dict(cls: type[UpdateBlocklist], src_dict: Mapping[str, Any]) -> UpdateBlocklist:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("masks", UNSET)
    if value is UNSET:
        not_in_response(self, "masks")
    elif absent(value):
        self.masks = value
    else:
        try:
            self.masks = _decode_masks(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "masks", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateBlocklist._wire_fields}


class UpdateBlocklistDict(TypedDict, total=False):
    """UpdateBlocklist as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    masks: Required[list[str]]


setattr(UpdateBlocklist, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpdateBlocklist._wire_names = {
    "masks": "masks",
}
UpdateBlocklist._wire_fields = frozenset(UpdateBlocklist._wire_names.values())
UpdateBlocklist._decoders = {
    "masks": _decode_masks,
}
UpdateBlocklist._extra_decoder = _decode_additional_properties
