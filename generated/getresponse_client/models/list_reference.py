from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

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
class ListReference(WireModel):
    """A reference to a list (campaign in the API).

    Attributes:
        campaign_id (str): Campaign ID Example: C.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/C.
        name (None | str | Unset): The campaign name Example: Promo campaign.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    campaign_id: str
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: None | str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ListReferenceDict(TypedDict, total=False):
    """ListReference as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignId: Required[str]


ListReference._read_only = frozenset(["href", "name"])

bind_fields(
    ListReference,
    {
        "campaign_id": WireField("campaignId", required=True),
        "href": WireField("href"),
        "name": WireField("name"),
    },
    additional_properties=True,
)
