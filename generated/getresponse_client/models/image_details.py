from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
)

from ..models.image_details_extension import ImageDetailsExtension
from ..types import UNSET, Unset


@_attrs_define
class ImageDetails(WireModel):
    """
    Attributes:
        image_id (str | Unset): Image ID Example: 123456.
        original_image_url (None | str | Unset): URL from which image was downloaded Example:
            http://somesite.example.com/my_image.jpg.
        size (str | Unset): Size in bytes Example: 1234567.
        name (str | Unset): Original name Example: original_image.
        thumbnail_url (str | Unset): Thumbnail URL Example: https://us-re.gr-
            cdn.com/114x/https://multimedia.getresponse.com/getresponse-hUXzv/photos/123456.jpg.
        url (str | Unset): Asset URL Example: https://multimedia.getresponse.com/getresponse-hUXzv/photos/123456.jpg.
        extension (ImageDetailsExtension | Unset): File extension Example: jpg.
    """

    image_id: str | Unset = UNSET
    original_image_url: None | str | Unset = UNSET
    size: str | Unset = UNSET
    name: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    url: str | Unset = UNSET
    extension: ImageDetailsExtension | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_extension(json_value_: Any) -> ImageDetailsExtension | Unset:
    _extension = json_value_
    extension: ImageDetailsExtension | Unset
    if isinstance(_extension, Unset):
        extension = UNSET
    else:
        extension = ImageDetailsExtension(_extension)

    return extension


def _from_dict(cls: type[ImageDetails], src_dict: Mapping[str, Any]) -> ImageDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.image_id = get("imageId", UNSET)
    self.original_image_url = get("originalImageUrl", UNSET)
    self.size = get("size", UNSET)
    self.name = get("name", UNSET)
    self.thumbnail_url = get("thumbnailUrl", UNSET)
    self.url = get("url", UNSET)
    value = get("extension", UNSET)
    if type(value) is str:
        try:
            self.extension = _members_extension[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.extension = ImageDetailsExtension(value)
    elif absent(value):
        self.extension = value
    else:
        try:
            self.extension = _decode_extension(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "extension", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ImageDetails._wire_fields}


setattr(ImageDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ImageDetails._wire_names = {
    "image_id": "imageId",
    "original_image_url": "originalImageUrl",
    "size": "size",
    "name": "name",
    "thumbnail_url": "thumbnailUrl",
    "url": "url",
    "extension": "extension",
}
ImageDetails._wire_fields = frozenset(ImageDetails._wire_names.values())
ImageDetails._decoders = {
    "image_id": None,
    "original_image_url": None,
    "size": None,
    "name": None,
    "thumbnail_url": None,
    "url": None,
    "extension": _decode_extension,
}
ImageDetails._extra_decoder = _decode_additional_properties
_members_extension = enum_members(ImageDetailsExtension)
