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
class FacebookPixel(WireModel):
    """
    Attributes:
        pixel_id (str):  Example: 123.
        name (str | Unset):  Example: integration-pixel.
    """

    pixel_id: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[FacebookPixel], src_dict: Mapping[str, Any]) -> FacebookPixel:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("pixelId", UNSET)
    if value is UNSET:
        not_in_response(self, "pixel_id")
    else:
        self.pixel_id = value
    self.name = get("name", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FacebookPixel._wire_fields}


setattr(FacebookPixel, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FacebookPixel._wire_names = {
    "pixel_id": "pixelId",
    "name": "name",
}
FacebookPixel._wire_fields = frozenset(FacebookPixel._wire_names.values())
FacebookPixel._decoders = {
    "pixel_id": None,
    "name": None,
}
FacebookPixel._extra_decoder = _decode_additional_properties
