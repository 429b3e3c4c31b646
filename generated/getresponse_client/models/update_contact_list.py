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
class UpdateContactList(WireModel):
    """
    Attributes:
        campaign_id (str | Unset): Campaign ID Example: C.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/C.
        name (None | str | Unset): The campaign name Example: Promo campaign.
    """

    campaign_id: str | Unset = UNSET
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[UpdateContactList], src_dict: Mapping[str, Any]) -> UpdateContactList:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.campaign_id = get("campaignId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateContactList._wire_fields}


class UpdateContactListDict(TypedDict, total=False):
    """UpdateContactList as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: str
    name: str | None


setattr(UpdateContactList, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpdateContactList._wire_names = {
    "campaign_id": "campaignId",
    "href": "href",
    "name": "name",
}
UpdateContactList._wire_fields = frozenset(UpdateContactList._wire_names.values())
UpdateContactList._read_only = frozenset(["href"])
UpdateContactList._decoders = {
    "campaign_id": None,
    "href": None,
    "name": None,
}
UpdateContactList._extra_decoder = _decode_additional_properties
