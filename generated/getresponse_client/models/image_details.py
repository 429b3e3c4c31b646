from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.image_details_extension import ImageDetailsExtension
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    image_id: str | Unset = UNSET
    original_image_url: None | str | Unset = UNSET
    size: str | Unset = UNSET
    name: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    url: str | Unset = UNSET
    extension: ImageDetailsExtension | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
