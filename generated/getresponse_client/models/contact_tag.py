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

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ContactTag(WireModel):
    """
    Attributes:
        tag_id (str | Unset):  Example: hR.
        name (str | Unset):  Example: super_promo.
        href (str | Unset):  Example: https://api.getresponse.com/v3/tags/hR.
        color (str | Unset):
    """

    tag_id: str | Unset = UNSET
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactTag._wire_fields}


ContactTag._extra_decoder = _decode_additional_properties

bind_fields(
    ContactTag,
    {
        "tag_id": WireField("tagId"),
        "name": WireField("name"),
        "href": WireField("href"),
        "color": WireField("color"),
    },
    additional_properties=True,
)
