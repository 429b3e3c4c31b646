from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
class ListSummaryItemAdditionalProperty(WireModel):
    """
    Attributes:
        total_subscribers (str | Unset): The total number of subscribers Example: 0.
        total_newsletters (str | Unset): The total number of newsletters Example: 0.
        total_triggers (str | Unset): The total number of triggers Example: 0.
        total_landing_pages (str | Unset): The total number of landing pages Example: 0.
        total_webforms (str | Unset): The total number of webforms Example: 0.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    total_subscribers: str | Unset = UNSET
    total_newsletters: str | Unset = UNSET
    total_triggers: str | Unset = UNSET
    total_landing_pages: str | Unset = UNSET
    total_webforms: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ListSummaryItemAdditionalProperty,
    {
        "total_subscribers": WireField("totalSubscribers"),
        "total_newsletters": WireField("totalNewsletters"),
        "total_triggers": WireField("totalTriggers"),
        "total_landing_pages": WireField("totalLandingPages"),
        "total_webforms": WireField("totalWebforms"),
    },
    additional_properties=True,
)
