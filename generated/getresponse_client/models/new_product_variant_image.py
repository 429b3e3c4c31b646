from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    wire_int,
)

from ..types import UNSET, Unset


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
    image_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[NewProductVariantImage], src_dict: Mapping[str, Any]) -> NewProductVariantImage:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("src", UNSET)
    if value is UNSET:
        not_in_response(self, "src")
    else:
        self.src = value
    value = get("position", UNSET)
    if value is UNSET:
        not_in_response(self, "position")
    elif type(value) is int or absent(value):
        self.position = value
    else:
        try:
            self.position = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "position", value, error)
    self.image_id = get("imageId", UNSET)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewProductVariantImage._wire_fields}


class NewProductVariantImageDict(TypedDict, total=False):
    """NewProductVariantImage as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    src: Required[str]
    position: Required[int]


setattr(NewProductVariantImage, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewProductVariantImage._wire_names = {
    "src": "src",
    "position": "position",
    "image_id": "imageId",
    "href": "href",
}
NewProductVariantImage._wire_fields = frozenset(NewProductVariantImage._wire_names.values())
NewProductVariantImage._read_only = frozenset(["href", "image_id"])
NewProductVariantImage._decoders = {
    "src": None,
    "position": wire_int,
    "image_id": None,
    "href": None,
}
NewProductVariantImage._extra_decoder = _decode_additional_properties
