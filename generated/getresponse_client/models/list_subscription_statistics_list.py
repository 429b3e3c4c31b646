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
    from ..models.list_subscription_statistics_item_by_list import ListSubscriptionStatisticsItemByList


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListSubscriptionStatisticsList(WireModel):
    """Dates in the YYYY-MM-DD format are used as keys.

    Example:
        {'2014-12-15': {'V': {'import': 10, 'email': 11, 'www': 10, 'panel': 14, 'leads': 3, 'sale': 3, 'api': 1,
            'forward': 15, 'survey': 6, 'mobile': 12, 'copy': 7, 'landing_page': 4, 'webinar': 4, 'premium_newsletter': 1,
            'course': 1, 'website_builder_elegant': 1, 'chat': 2, 'summary': 105}, 'p': {'import': 9, 'email': 7, 'www': 9,
            'panel': 5, 'leads': 3, 'sale': 3, 'api': 8, 'forward': 10, 'survey': 8, 'mobile': 10, 'copy': 10,
            'landing_page': 7, 'webinar': 4, 'premium_newsletter': 1, 'course': 1, 'website_builder_elegant': 1, 'chat': 2,
            'summary': 98}}}

    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    additional_properties: dict[str, ListSubscriptionStatisticsItemByList] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, ListSubscriptionStatisticsItemByList]:
    # The fields the spec does not name, decoded as its additionalProperties schema says (untyped ones need no
    # decoder: WireModel keeps them as they came).
    additional_properties: dict[str, ListSubscriptionStatisticsItemByList] = {}
    for prop_name, prop_dict in d.items():
        if prop_name in ListSubscriptionStatisticsList._wire_fields:
            continue
        additional_property = ListSubscriptionStatisticsItemByList.from_dict(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


ListSubscriptionStatisticsList._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_subscription_statistics_item_by_list import ListSubscriptionStatisticsItemByList  # noqa: E402

bind_fields(
    ListSubscriptionStatisticsList,
    {},
    additional_properties=True,
)
