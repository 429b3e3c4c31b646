from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ListSummaryItemAdditionalProperty(WireModel):
    """
    Attributes:
        total_subscribers (str | Unset): The total number of subscribers Example: 0.
        total_newsletters (str | Unset): The total number of newsletters Example: 0.
        total_triggers (str | Unset): The total number of triggers Example: 0.
        total_landing_pages (str | Unset): The total number of landing pages Example: 0.
        total_webforms (str | Unset): The total number of webforms Example: 0.
    """

    total_subscribers: str | Unset = UNSET
    total_newsletters: str | Unset = UNSET
    total_triggers: str | Unset = UNSET
    total_landing_pages: str | Unset = UNSET
    total_webforms: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListSummaryItemAdditionalProperty._wire_fields}


ListSummaryItemAdditionalProperty._extra_decoder = _decode_additional_properties

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
