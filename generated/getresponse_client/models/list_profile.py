from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListProfile")


@_attrs_define
class ListProfile(WireModel):
    """
    Attributes:
        description (str | Unset): The campaign description Example: campaign description.
        industry_tag_id (str | Unset): The industry tag ID Example: 1.
        logo (str | Unset): The logo URL Example: http://logos.com/imageupdated.jpg.
        logo_link_url (str | Unset): The logo link URL Example: http://somePageLogoLinkUpdated.com.
        title (str | Unset): The profile title Example: title.
    """

    description: str | Unset = UNSET
    industry_tag_id: str | Unset = UNSET
    logo: str | Unset = UNSET
    logo_link_url: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        description = self.description

        industry_tag_id = self.industry_tag_id

        logo = self.logo

        logo_link_url = self.logo_link_url

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if industry_tag_id is not UNSET:
            field_dict["industryTagId"] = industry_tag_id
        if logo is not UNSET:
            field_dict["logo"] = logo
        if logo_link_url is not UNSET:
            field_dict["logoLinkUrl"] = logo_link_url
        if title is not UNSET:
            field_dict["title"] = title

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


def _encode_description(self: ListProfile) -> Any:
    description = self.description
    return description


def _encode_industry_tag_id(self: ListProfile) -> Any:
    industry_tag_id = self.industry_tag_id
    return industry_tag_id


def _encode_logo(self: ListProfile) -> Any:
    logo = self.logo
    return logo


def _encode_logo_link_url(self: ListProfile) -> Any:
    logo_link_url = self.logo_link_url
    return logo_link_url


def _encode_title(self: ListProfile) -> Any:
    title = self.title
    return title


def _from_dict(cls: type[ListProfile], src_dict: Mapping[str, Any]) -> ListProfile:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.description = get("description", UNSET)
    self.industry_tag_id = get("industryTagId", UNSET)
    self.logo = get("logo", UNSET)
    self.logo_link_url = get("logoLinkUrl", UNSET)
    self.title = get("title", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListProfile._wire_fields}


setattr(ListProfile, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ListProfile._wire_names = {
    "description": "description",
    "industry_tag_id": "industryTagId",
    "logo": "logo",
    "logo_link_url": "logoLinkUrl",
    "title": "title",
}
ListProfile._wire_fields = frozenset(ListProfile._wire_names.values())
ListProfile._decoders = {
    "description": None,
    "industry_tag_id": None,
    "logo": None,
    "logo_link_url": None,
    "title": None,
}
ListProfile._encoders = {
    "description": _encode_description,
    "industry_tag_id": _encode_industry_tag_id,
    "logo": _encode_logo,
    "logo_link_url": _encode_logo_link_url,
    "title": _encode_title,
}
ListProfile._extra_decoder = _decode_additional_properties
