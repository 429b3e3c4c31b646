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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateContactList._wire_fields}


class UpdateContactListDict(TypedDict, total=False):
    """UpdateContactList as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: str
    name: str | None


UpdateContactList._read_only = frozenset(["href"])
UpdateContactList._extra_decoder = _decode_additional_properties

bind_fields(
    UpdateContactList,
    {
        "campaign_id": WireField("campaignId"),
        "href": WireField("href"),
        "name": WireField("name"),
    },
    additional_properties=True,
)
