from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListProfile(WireModel):
    """
    Attributes:
        description (str | Unset): The campaign description Example: campaign description.
        industry_tag_id (str | Unset): The industry tag ID Example: 1.
        logo (str | Unset): The logo URL Example: http://logos.com/imageupdated.jpg.
        logo_link_url (str | Unset): The logo link URL Example: http://somePageLogoLinkUpdated.com.
        title (str | Unset): The profile title Example: title.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    description: str | Unset = UNSET
    industry_tag_id: str | Unset = UNSET
    logo: str | Unset = UNSET
    logo_link_url: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ListProfileDict(TypedDict, total=False):
    """ListProfile as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    description: str
    industryTagId: str
    logo: str
    logoLinkUrl: str
    title: str


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
