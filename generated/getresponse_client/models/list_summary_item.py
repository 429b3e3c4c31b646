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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListSummaryItem(WireModel):
    """The properties of the result are indexed with the location name (PL, EN, etc.).

    Example:
        {'o5lx': {'totalSubscribers': '4', 'totalNewsletters': '129', 'totalTriggers': '0', 'totalLandingPages': '1',
            'totalWebforms': '3'}, 'CC9F': {'totalSubscribers': '0', 'totalNewsletters': '0', 'totalTriggers': '0',
            'totalLandingPages': '5', 'totalWebforms': '0'}, 'V6OeR': {'totalSubscribers': '0', 'totalNewsletters': '0',
            'totalTriggers': '0', 'totalLandingPages': '0', 'totalWebforms': '0'}}

    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    additional_properties: dict[str, ListSummaryItemAdditionalProperty] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, ListSummaryItemAdditionalProperty]:
    # The fields the spec does not name, decoded as its additionalProperties schema says (untyped ones need no
    # decoder: WireModel keeps them as they came).
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
