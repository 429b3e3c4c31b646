from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from ..types import UNSET, Unset


@_attrs_define
class Blocklist(WireModel):
    """
    Attributes:
        masks (list[str] | Unset):
    """

    masks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_masks(json_value_: Any) -> list[str] | Unset:
    masks = cast(list[str], json_value_)

    return masks


def _from_dict(cls: type[Blocklist], src_dict: Mapping[str, Any]) -> Blocklist:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("masks", UNSET)
    if absent(value):
        self.masks = value
    else:
        try:
            self.masks = _decode_masks(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "masks", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Blocklist._wire_fields}


setattr(Blocklist, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Blocklist._wire_names = {
    "masks": "masks",
}
Blocklist._wire_fields = frozenset(Blocklist._wire_names.values())
Blocklist._decoders = {
    "masks": _decode_masks,
}
Blocklist._extra_decoder = _decode_additional_properties
