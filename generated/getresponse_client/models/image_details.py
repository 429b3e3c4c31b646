from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.image_details_extension import ImageDetailsExtension
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ImageDetails._wire_fields}


ImageDetails._extra_decoder = _decode_additional_properties

bind_fields(
    ImageDetails,
    {
        "image_id": WireField("imageId"),
        "original_image_url": WireField("originalImageUrl"),
        "size": WireField("size"),
        "name": WireField("name"),
        "thumbnail_url": WireField("thumbnailUrl"),
        "url": WireField("url"),
        "extension": WireField("extension", enum=ImageDetailsExtension),
    },
    additional_properties=True,
)
