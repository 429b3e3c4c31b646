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
class ContactActivityClickTrack(WireModel):
    """
    Attributes:
        id (str | Unset): The click tracking ID Example: 62WrE.
        name (str | Unset): The name of the clicked link Example: Go to shop.
        url (str | Unset): The URL of the clicked link Example: https://my-shop.example.com/.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactActivityClickTrack._wire_fields}


ContactActivityClickTrack._extra_decoder = _decode_additional_properties

bind_fields(
    ContactActivityClickTrack,
    {
        "id": WireField("id"),
        "name": WireField("name"),
        "url": WireField("url"),
    },
    additional_properties=True,
)
