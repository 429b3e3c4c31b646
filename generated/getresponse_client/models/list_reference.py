from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListReference._wire_fields}


class ListReferenceDict(TypedDict, total=False):
    """ListReference as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: Required[str]


ListReference._read_only = frozenset(["href", "name"])
ListReference._extra_decoder = _decode_additional_properties

bind_fields(
    ListReference,
    {
        "campaign_id": WireField("campaignId", required=True),
        "href": WireField("href"),
        "name": WireField("name"),
    },
    additional_properties=True,
)
