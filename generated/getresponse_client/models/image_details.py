from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.image_details_extension import ImageDetailsExtension
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageDetails")


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

    def _encode(self) -> dict[str, Any]:
        image_id = self.image_id

        original_image_url: None | str | Unset
        if isinstance(self.original_image_url, Unset):
            original_image_url = UNSET
        else:
            original_image_url = self.original_image_url

        size = self.size

        name = self.name

        thumbnail_url = self.thumbnail_url

        url = self.url

        extension: str | Unset = UNSET
        if not isinstance(self.extension, Unset):
            extension = self.extension.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if original_image_url is not UNSET:
            field_dict["originalImageUrl"] = original_image_url
        if size is not UNSET:
            field_dict["size"] = size
        if name is not UNSET:
            field_dict["name"] = name
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url
        if url is not UNSET:
            field_dict["url"] = url
        if extension is not UNSET:
            field_dict["extension"] = extension

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


def _encode_image_id(self: ImageDetails) -> Any:
    image_id = self.image_id
    return image_id


def _encode_original_image_url(self: ImageDetails) -> Any:
    original_image_url: None | str | Unset
    if isinstance(self.original_image_url, Unset):
        original_image_url = UNSET
    else:
        original_image_url = self.original_image_url
    return original_image_url


def _encode_size(self: ImageDetails) -> Any:
    size = self.size
    return size


def _encode_name(self: ImageDetails) -> Any:
    name = self.name
    return name


def _encode_thumbnail_url(self: ImageDetails) -> Any:
    thumbnail_url = self.thumbnail_url
    return thumbnail_url


def _encode_url(self: ImageDetails) -> Any:
    url = self.url
    return url


def _decode_extension(json_value_: Any) -> ImageDetailsExtension | Unset:
    _extension = json_value_
    extension: ImageDetailsExtension | Unset
    if isinstance(_extension, Unset):
        extension = UNSET
    else:
        extension = ImageDetailsExtension(_extension)

    return extension


def _encode_extension(self: ImageDetails) -> Any:
    extension: str | Unset = UNSET
    if not isinstance(self.extension, Unset):
        extension = self.extension.value

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
    if absent(value):
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
ImageDetails._encoders = {
    "image_id": _encode_image_id,
    "original_image_url": _encode_original_image_url,
    "size": _encode_size,
    "name": _encode_name,
    "thumbnail_url": _encode_thumbnail_url,
    "url": _encode_url,
    "extension": _encode_extension,
}
ImageDetails._extra_decoder = _decode_additional_properties
