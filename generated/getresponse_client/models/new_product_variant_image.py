from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewProductVariantImage._wire_fields}


class NewProductVariantImageDict(TypedDict, total=False):
    """NewProductVariantImage as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    src: Required[str]
    position: Required[int]


NewProductVariantImage._read_only = frozenset(["href", "image_id"])
NewProductVariantImage._extra_decoder = _decode_additional_properties

bind_fields(
    NewProductVariantImage,
    {
        "src": WireField("src", required=True),
        "position": WireField("position", required=True, decode=wire_int),
        "image_id": WireField("imageId"),
        "href": WireField("href"),
    },
    additional_properties=True,
)
