from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


def _decode_image_id(d: Mapping[str, Any]) -> str | Unset:
    image_id: str | Unset = d.get("imageId", UNSET)
    return image_id


def _decode_original_image_url(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_original_image_url(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    original_image_url = _parse_original_image_url(d.get("originalImageUrl", UNSET))

    return original_image_url


def _decode_size(d: Mapping[str, Any]) -> str | Unset:
    size: str | Unset = d.get("size", UNSET)
    return size


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_thumbnail_url(d: Mapping[str, Any]) -> str | Unset:
    thumbnail_url: str | Unset = d.get("thumbnailUrl", UNSET)
    return thumbnail_url


def _decode_url(d: Mapping[str, Any]) -> str | Unset:
    url: str | Unset = d.get("url", UNSET)
    return url


def _decode_extension(d: Mapping[str, Any]) -> ImageDetailsExtension | Unset:
    _extension = d.get("extension", UNSET)
    extension: ImageDetailsExtension | Unset
    if isinstance(_extension, Unset):
        extension = UNSET
    else:
        extension = ImageDetailsExtension(_extension)

    return extension


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


def _encode_extension(self: ImageDetails) -> Any:
    extension: str | Unset = UNSET
    if not isinstance(self.extension, Unset):
        extension = self.extension.value

    return extension


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ImageDetails._wire_fields}


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
    "image_id": _decode_image_id,
    "original_image_url": _decode_original_image_url,
    "size": _decode_size,
    "name": _decode_name,
    "thumbnail_url": _decode_thumbnail_url,
    "url": _decode_url,
    "extension": _decode_extension,
    "additional_properties": _decode_additional_properties,
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
