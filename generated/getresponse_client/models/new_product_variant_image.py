from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewProductVariantImage(WireModel):
    """
    Attributes:
        src (str): The source URL of an image Example: http://somedomain.com/images/src/img58db7ec64bab9.png.
        position (int): The position of an image Example: 1.
        image_id (str | Unset): The image ID Example: hY.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/images/hY.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    src: str
    position: int
    image_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewProductVariantImageDict(TypedDict, total=False):
    """NewProductVariantImage as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    src: Required[str]
    position: Required[int]


NewProductVariantImage._read_only = frozenset(["href", "image_id"])

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
