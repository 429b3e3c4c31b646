from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
    not_in_response,
)

from ..types import UNSET, Unset


@_attrs_define
class ListReference(WireModel):
    """A reference to a list (campaign in the API).

    Attributes:
        campaign_id (str): Campaign ID Example: C.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/C.
        name (None | str | Unset): The campaign name Example: Promo campaign.
    """

    campaign_id: str
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: None | str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[ListReference], src_dict: Mapping[str, Any]) -> ListReference:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("campaignId", UNSET)
    if value is UNSET:
        not_in_response(self, "campaign_id")
    else:
        self.campaign_id = value
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListReference._wire_fields}


class ListReferenceDict(TypedDict, total=False):
    """ListReference as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: Required[str]


setattr(ListReference, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ListReference._wire_names = {
    "campaign_id": "campaignId",
    "href": "href",
    "name": "name",
}
ListReference._wire_fields = frozenset(ListReference._wire_names.values())
ListReference._read_only = frozenset(["href", "name"])
ListReference._decoders = {
    "campaign_id": None,
    "href": None,
    "name": None,
}
ListReference._extra_decoder = _decode_additional_properties
