from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="FacebookPixel")


@_attrs_define
class FacebookPixel(WireModel):
    """
    Attributes:
        name (str | Unset):  Example: integration-pixel.
        pixel_id (str | Unset):  Example: 123.
    """

    name: str | Unset = UNSET
    pixel_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        pixel_id = self.pixel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if pixel_id is not UNSET:
            field_dict["pixelId"] = pixel_id

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_name(self: FacebookPixel) -> Any:
    name = self.name
    return name


def _encode_pixel_id(self: FacebookPixel) -> Any:
    pixel_id = self.pixel_id
    return pixel_id


def _from_dict(cls: type[FacebookPixel], src_dict: Mapping[str, Any]) -> FacebookPixel:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.name = get("name", UNSET)
    self.pixel_id = get("pixelId", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FacebookPixel._wire_fields}


setattr(FacebookPixel, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FacebookPixel._wire_names = {
    "name": "name",
    "pixel_id": "pixelId",
}
FacebookPixel._wire_fields = frozenset(FacebookPixel._wire_names.values())
FacebookPixel._decoders = {
    "name": None,
    "pixel_id": None,
}
FacebookPixel._encoders = {
    "name": _encode_name,
    "pixel_id": _encode_pixel_id,
}
FacebookPixel._extra_decoder = _decode_additional_properties
