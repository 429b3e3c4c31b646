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


def _from_dict(cls: type[ContactTag], src_dict: Mapping[str, Any]) -> ContactTag:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.tag_id = get("tagId", UNSET)
    self.name = get("name", UNSET)
    self.href = get("href", UNSET)
    self.color = get("color", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactTag._wire_fields}


setattr(ContactTag, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ContactTag._wire_names = {
    "tag_id": "tagId",
    "name": "name",
    "href": "href",
    "color": "color",
}
ContactTag._wire_fields = frozenset(ContactTag._wire_names.values())
ContactTag._decoders = {
    "tag_id": None,
    "name": None,
    "href": None,
    "color": None,
}
ContactTag._extra_decoder = _decode_additional_properties
