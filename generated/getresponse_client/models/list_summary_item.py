from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

if TYPE_CHECKING:
    from ..models.list_summary_item_additional_property import ListSummaryItemAdditionalProperty


@_attrs_define
class ListSummaryItem(WireModel):
    """The properties of the result are indexed with the location name (PL, EN, etc.).

    Example:
        {'o5lx': {'totalSubscribers': '4', 'totalNewsletters': '129', 'totalTriggers': '0', 'totalLandingPages': '1',
            'totalWebforms': '3'}, 'CC9F': {'totalSubscribers': '0', 'totalNewsletters': '0', 'totalTriggers': '0',
            'totalLandingPages': '5', 'totalWebforms': '0'}, 'V6OeR': {'totalSubscribers': '0', 'totalNewsletters': '0',
            'totalTriggers': '0', 'totalLandingPages': '0', 'totalWebforms': '0'}}

    """

    additional_properties: dict[str, ListSummaryItemAdditionalProperty] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[ListSummaryItem], src_dict: Mapping[str, Any]) -> ListSummaryItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, ListSummaryItemAdditionalProperty]:
    additional_properties: dict[str, ListSummaryItemAdditionalProperty] = {}
    for prop_name, prop_dict in d.items():
        if prop_name in ListSummaryItem._wire_fields:
            continue
        additional_property = ListSummaryItemAdditionalProperty.from_dict(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


setattr(ListSummaryItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ListSummaryItem._wire_names = {}
ListSummaryItem._wire_fields = frozenset(ListSummaryItem._wire_names.values())
ListSummaryItem._decoders = {}
ListSummaryItem._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_summary_item_additional_property import ListSummaryItemAdditionalProperty  # noqa: E402
