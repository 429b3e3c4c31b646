from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewProductVariantImage")


@_attrs_define
class NewProductVariantImage(WireModel):
    """
    Attributes:
        src (str): The source URL of an image Example: http://somedomain.com/images/src/img58db7ec64bab9.png.
        position (int): The position of an image Example: 1.
        image_id (str | Unset): The image ID Example: hY.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/images/hY.
    """

    src: str
    position: int
    image_id: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        src = self.src

        position = self.position

        image_id = self.image_id

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "src": src,
                "position": position,
            }
        )
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if href is not UNSET:
            field_dict["href"] = href

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


def _encode_src(self: NewProductVariantImage) -> Any:
    src = self.src
    return src


def _encode_position(self: NewProductVariantImage) -> Any:
    position = self.position
    return position


def _encode_image_id(self: NewProductVariantImage) -> Any:
    image_id = self.image_id
    return image_id


def _encode_href(self: NewProductVariantImage) -> Any:
    href = self.href
    return href


def _from_dict(cls: type[NewProductVariantImage], src_dict: Mapping[str, Any]) -> NewProductVariantImage:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.src = get("src", UNSET)
    self.position = get("position", UNSET)
    self.image_id = get("imageId", UNSET)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewProductVariantImage._wire_fields}


setattr(NewProductVariantImage, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewProductVariantImage._wire_names = {
    "src": "src",
    "position": "position",
    "image_id": "imageId",
    "href": "href",
}
NewProductVariantImage._wire_fields = frozenset(NewProductVariantImage._wire_names.values())
NewProductVariantImage._decoders = {
    "src": None,
    "position": None,
    "image_id": None,
    "href": None,
}
NewProductVariantImage._encoders = {
    "src": _encode_src,
    "position": _encode_position,
    "image_id": _encode_image_id,
    "href": _encode_href,
}
NewProductVariantImage._extra_decoder = _decode_additional_properties
