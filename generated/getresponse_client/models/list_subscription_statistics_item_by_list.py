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
    from ..models.list_subscription_statistics_item import ListSubscriptionStatisticsItem


@_attrs_define
class ListSubscriptionStatisticsItemByList(WireModel):
    """The properties of the result are indexed with the campaign ID.

    Example:
        {'V': {'import': 10, 'email': 11, 'www': 10, 'panel': 14, 'leads': 3, 'sale': 3, 'api': 1, 'forward': 15,
            'survey': 6, 'mobile': 12, 'copy': 7, 'landing_page': 4, 'webinar': 3, 'premium_newsletter': 1, 'course': 1,
            'website_builder_elegant': 3, 'chat': 3, 'summary': 101}, 'p': {'import': 9, 'email': 7, 'www': 9, 'panel': 5,
            'leads': 3, 'sale': 3, 'api': 8, 'forward': 10, 'survey': 8, 'mobile': 10, 'copy': 10, 'landing_page': 7,
            'webinar': 4, 'premium_newsletter': 1, 'course': 1, 'website_builder_elegant': 3, 'chat': 4, 'summary': 95}}

    """

    additional_properties: dict[str, ListSubscriptionStatisticsItem] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[ListSubscriptionStatisticsItemByList], src_dict: Mapping[str, Any]
) -> ListSubscriptionStatisticsItemByList:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, ListSubscriptionStatisticsItem]:
    additional_properties: dict[str, ListSubscriptionStatisticsItem] = {}
    for prop_name, prop_dict in d.items():
        if prop_name in ListSubscriptionStatisticsItemByList._wire_fields:
            continue
        additional_property = ListSubscriptionStatisticsItem.from_dict(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


setattr(
    ListSubscriptionStatisticsItemByList, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListSubscriptionStatisticsItemByList._wire_names = {}
ListSubscriptionStatisticsItemByList._wire_fields = frozenset(ListSubscriptionStatisticsItemByList._wire_names.values())
ListSubscriptionStatisticsItemByList._decoders = {}
ListSubscriptionStatisticsItemByList._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_subscription_statistics_item import ListSubscriptionStatisticsItem  # noqa: E402
