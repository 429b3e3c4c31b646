from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListProfile._wire_fields}


class ListProfileDict(TypedDict, total=False):
    """ListProfile as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    description: str
    industryTagId: str
    logo: str
    logoLinkUrl: str
    title: str


ListProfile._extra_decoder = _decode_additional_properties

bind_fields(
    ListProfile,
    {
        "description": WireField("description"),
        "industry_tag_id": WireField("industryTagId"),
        "logo": WireField("logo"),
        "logo_link_url": WireField("logoLinkUrl"),
        "title": WireField("title"),
    },
    additional_properties=True,
)
