from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.list_summary_item_additional_property import ListSummaryItemAdditionalProperty


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ListSummaryItem(WireModel):
    """The properties of the result are indexed with the location name (PL, EN, etc.).

    Example:
        {'o5lx': {'totalSubscribers': '4', 'totalNewsletters': '129', 'totalTriggers': '0', 'totalLandingPages': '1',
            'totalWebforms': '3'}, 'CC9F': {'totalSubscribers': '0', 'totalNewsletters': '0', 'totalTriggers': '0',
            'totalLandingPages': '5', 'totalWebforms': '0'}, 'V6OeR': {'totalSubscribers': '0', 'totalNewsletters': '0',
            'totalTriggers': '0', 'totalLandingPages': '0', 'totalWebforms': '0'}}

    """

    additional_properties: dict[str, ListSummaryItemAdditionalProperty] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, ListSummaryItemAdditionalProperty]:
    additional_properties: dict[str, ListSummaryItemAdditionalProperty] = {}
    for prop_name, prop_dict in d.items():
        if prop_name in ListSummaryItem._wire_fields:
            continue
        additional_property = ListSummaryItemAdditionalProperty.from_dict(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


ListSummaryItem._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_summary_item_additional_property import ListSummaryItemAdditionalProperty  # noqa: E402

bind_fields(
    ListSummaryItem,
    {},
    additional_properties=True,
)
