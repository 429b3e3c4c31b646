from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
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


def _from_dict(cls: type[ContactActivityClickTrack], src_dict: Mapping[str, Any]) -> ContactActivityClickTrack:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.id = get("id", UNSET)
    self.name = get("name", UNSET)
    self.url = get("url", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactActivityClickTrack._wire_fields}


setattr(ContactActivityClickTrack, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ContactActivityClickTrack._wire_names = {
    "id": "id",
    "name": "name",
    "url": "url",
}
ContactActivityClickTrack._wire_fields = frozenset(ContactActivityClickTrack._wire_names.values())
ContactActivityClickTrack._decoders = {
    "id": None,
    "name": None,
    "url": None,
}
ContactActivityClickTrack._extra_decoder = _decode_additional_properties
