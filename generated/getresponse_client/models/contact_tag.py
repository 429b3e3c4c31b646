from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactTag")


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

    def _encode(self) -> dict[str, Any]:
        tag_id = self.tag_id

        name = self.name

        href = self.href

        color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_id is not UNSET:
            field_dict["tagId"] = tag_id
        if name is not UNSET:
            field_dict["name"] = name
        if href is not UNSET:
            field_dict["href"] = href
        if color is not UNSET:
            field_dict["color"] = color

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


def _encode_tag_id(self: ContactTag) -> Any:
    tag_id = self.tag_id
    return tag_id


def _encode_name(self: ContactTag) -> Any:
    name = self.name
    return name


def _encode_href(self: ContactTag) -> Any:
    href = self.href
    return href


def _encode_color(self: ContactTag) -> Any:
    color = self.color
    return color


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
ContactTag._encoders = {
    "tag_id": _encode_tag_id,
    "name": _encode_name,
    "href": _encode_href,
    "color": _encode_color,
}
ContactTag._extra_decoder = _decode_additional_properties
