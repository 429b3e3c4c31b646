from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
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


def _from_dict(
    cls: type[ListSummaryItemAdditionalProperty], src_dict: Mapping[str, Any]
) -> ListSummaryItemAdditionalProperty:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.total_subscribers = get("totalSubscribers", UNSET)
    self.total_newsletters = get("totalNewsletters", UNSET)
    self.total_triggers = get("totalTriggers", UNSET)
    self.total_landing_pages = get("totalLandingPages", UNSET)
    self.total_webforms = get("totalWebforms", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListSummaryItemAdditionalProperty._wire_fields}


setattr(
    ListSummaryItemAdditionalProperty, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListSummaryItemAdditionalProperty._wire_names = {
    "total_subscribers": "totalSubscribers",
    "total_newsletters": "totalNewsletters",
    "total_triggers": "totalTriggers",
    "total_landing_pages": "totalLandingPages",
    "total_webforms": "totalWebforms",
}
ListSummaryItemAdditionalProperty._wire_fields = frozenset(ListSummaryItemAdditionalProperty._wire_names.values())
ListSummaryItemAdditionalProperty._decoders = {
    "total_subscribers": None,
    "total_newsletters": None,
    "total_triggers": None,
    "total_landing_pages": None,
    "total_webforms": None,
}
ListSummaryItemAdditionalProperty._extra_decoder = _decode_additional_properties
