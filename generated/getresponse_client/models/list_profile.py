from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


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


class ListProfileDict(TypedDict, total=False):
    """ListProfile as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    description: str
    industryTagId: str
    logo: str
    logoLinkUrl: str
    title: str


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
ListProfile._extra_decoder = _decode_additional_properties
