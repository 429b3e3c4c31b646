from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.search_contact_section_logic_operator import SearchContactSectionLogicOperator
from ..models.search_contact_section_subscriber_cycle_item import SearchContactSectionSubscriberCycleItem
from ..models.search_contact_section_subscription_date import SearchContactSectionSubscriptionDate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_type_model import ConditionType
    from .condition_type_model import ConditionTypeDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SearchContactSection(WireModel):
    """
    Attributes:
        campaign_ids_list (list[str]): An array of campaign identifiers Example: ['tamqY', 'tuKd3'].
        logic_operator (SearchContactSectionLogicOperator):
        subscriber_cycle (list[SearchContactSectionSubscriberCycleItem]): Defining whether or not a subscriber is in an
            autoresponder cycle Example: ['receiving_autoresponder', 'not_receiving_autoresponder'].
        subscription_date (SearchContactSectionSubscriptionDate): Matches the matching period
        conditions (list[ConditionType] | Unset): One of the search contact conditions
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    campaign_ids_list: list[str]
    logic_operator: SearchContactSectionLogicOperator
    subscriber_cycle: list[SearchContactSectionSubscriberCycleItem]
    subscription_date: SearchContactSectionSubscriptionDate
    conditions: list[ConditionType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign_ids_list(json_value_: Any) -> list[str]:
    campaign_ids_list = cast(list[str], json_value_)

    return campaign_ids_list


def _decode_subscriber_cycle(json_value_: Any) -> list[SearchContactSectionSubscriberCycleItem]:
    subscriber_cycle = []
    _subscriber_cycle = json_value_
    for subscriber_cycle_item_data in _subscriber_cycle:
        subscriber_cycle_item = SearchContactSectionSubscriberCycleItem(subscriber_cycle_item_data)

        subscriber_cycle.append(subscriber_cycle_item)

    return subscriber_cycle


def _decode_conditions(json_value_: Any) -> list[ConditionType] | Unset:
    _conditions = json_value_
    conditions: list[ConditionType] | Unset = UNSET
    if _conditions is not UNSET:
        conditions = []
        for conditions_item_data in _conditions:
            conditions_item = ConditionType.from_dict(conditions_item_data)

            conditions.append(conditions_item)

    return conditions


class SearchContactSectionDict(TypedDict, total=False):
    """SearchContactSection as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    campaignIdsList: Required[list[str]]
    logicOperator: Required[SearchContactSectionLogicOperator | str]
    subscriberCycle: Required[list[SearchContactSectionSubscriberCycleItem | str]]
    subscriptionDate: Required[SearchContactSectionSubscriptionDate | str]
    conditions: list[ConditionType | ConditionTypeDict]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.condition_type_model import ConditionType  # noqa: E402

bind_fields(
    SearchContactSection,
    {
        "campaign_ids_list": WireField("campaignIdsList", required=True, decode=_decode_campaign_ids_list, keep=True),
        "logic_operator": WireField("logicOperator", required=True, enum=SearchContactSectionLogicOperator),
        "subscriber_cycle": WireField("subscriberCycle", required=True, decode=_decode_subscriber_cycle, keep=True),
        "subscription_date": WireField("subscriptionDate", required=True, enum=SearchContactSectionSubscriptionDate),
        "conditions": WireField("conditions", decode=_decode_conditions, keep=True),
    },
    additional_properties=True,
)
