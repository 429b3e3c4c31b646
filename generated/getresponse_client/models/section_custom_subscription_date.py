from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
)

from ..models.search_contact_section_logic_operator import SearchContactSectionLogicOperator
from ..models.search_contact_section_subscriber_cycle_item import SearchContactSectionSubscriberCycleItem
from ..models.search_contact_section_subscription_date import SearchContactSectionSubscriptionDate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_type_model import ConditionType
    from ..models.custom_date_range import CustomDateRange


@_attrs_define
class SectionCustomSubscriptionDate(WireModel):
    """
    Attributes:
        campaign_ids_list (list[str]): An array of campaign identifiers Example: ['tamqY', 'tuKd3'].
        logic_operator (SearchContactSectionLogicOperator):
        subscriber_cycle (list[SearchContactSectionSubscriberCycleItem]): Defining whether or not a subscriber is in an
            autoresponder cycle Example: ['receiving_autoresponder', 'not_receiving_autoresponder'].
        subscription_date (SearchContactSectionSubscriptionDate): Matches the matching period
        custom_date (CustomDateRange):
        conditions (list[ConditionType] | Unset): One of the search contact conditions
    """

    campaign_ids_list: list[str]
    logic_operator: SearchContactSectionLogicOperator
    subscriber_cycle: list[SearchContactSectionSubscriberCycleItem]
    subscription_date: SearchContactSectionSubscriptionDate
    custom_date: CustomDateRange
    conditions: list[ConditionType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign_ids_list(json_value_: Any) -> list[str]:
    campaign_ids_list = cast(list[str], json_value_)

    return campaign_ids_list


def _decode_logic_operator(json_value_: Any) -> SearchContactSectionLogicOperator:
    logic_operator = SearchContactSectionLogicOperator(json_value_)

    return logic_operator


def _decode_subscriber_cycle(json_value_: Any) -> list[SearchContactSectionSubscriberCycleItem]:
    subscriber_cycle = []
    _subscriber_cycle = json_value_
    for subscriber_cycle_item_data in _subscriber_cycle:
        subscriber_cycle_item = SearchContactSectionSubscriberCycleItem(subscriber_cycle_item_data)

        subscriber_cycle.append(subscriber_cycle_item)

    return subscriber_cycle


def _decode_subscription_date(json_value_: Any) -> SearchContactSectionSubscriptionDate:
    subscription_date = SearchContactSectionSubscriptionDate(json_value_)

    return subscription_date


def _decode_custom_date(json_value_: Any) -> CustomDateRange:
    custom_date = CustomDateRange.from_dict(json_value_)

    return custom_date


def _decode_conditions(json_value_: Any) -> list[ConditionType] | Unset:
    _conditions = json_value_
    conditions: list[ConditionType] | Unset = UNSET
    if _conditions is not UNSET:
        conditions = []
        for conditions_item_data in _conditions:
            conditions_item = ConditionType.from_dict(conditions_item_data)

            conditions.append(conditions_item)

    return conditions


def _from_dict(cls: type[SectionCustomSubscriptionDate], src_dict: Mapping[str, Any]) -> SectionCustomSubscriptionDate:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("campaignIdsList", UNSET)
    if value is UNSET:
        not_in_response(self, "campaign_ids_list")
    elif absent(value):
        self.campaign_ids_list = value
    else:
        try:
            self.campaign_ids_list = _decode_campaign_ids_list(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign_ids_list", value, error)
    value = get("logicOperator", UNSET)
    if value is UNSET:
        not_in_response(self, "logic_operator")
    elif type(value) is str:
        try:
            self.logic_operator = _members_logic_operator[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.logic_operator = SearchContactSectionLogicOperator(value)
    elif absent(value):
        self.logic_operator = value
    else:
        try:
            self.logic_operator = _decode_logic_operator(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "logic_operator", value, error)
    value = get("subscriberCycle", UNSET)
    if value is UNSET:
        not_in_response(self, "subscriber_cycle")
    elif absent(value):
        self.subscriber_cycle = value
    else:
        try:
            self.subscriber_cycle = _decode_subscriber_cycle(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscriber_cycle", value, error)
    value = get("subscriptionDate", UNSET)
    if value is UNSET:
        not_in_response(self, "subscription_date")
    elif type(value) is str:
        try:
            self.subscription_date = _members_subscription_date[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.subscription_date = SearchContactSectionSubscriptionDate(value)
    elif absent(value):
        self.subscription_date = value
    else:
        try:
            self.subscription_date = _decode_subscription_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscription_date", value, error)
    value = get("customDate", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_date")
    elif type(value) is dict:
        self.custom_date = CustomDateRange.from_dict(value)
    elif absent(value):
        self.custom_date = value
    else:
        try:
            self.custom_date = _decode_custom_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "custom_date", value, error)
    value = get("conditions", UNSET)
    if absent(value):
        self.conditions = value
    else:
        try:
            self.conditions = _decode_conditions(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "conditions", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SectionCustomSubscriptionDate._wire_fields}


setattr(
    SectionCustomSubscriptionDate, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SectionCustomSubscriptionDate._wire_names = {
    "campaign_ids_list": "campaignIdsList",
    "logic_operator": "logicOperator",
    "subscriber_cycle": "subscriberCycle",
    "subscription_date": "subscriptionDate",
    "custom_date": "customDate",
    "conditions": "conditions",
}
SectionCustomSubscriptionDate._wire_fields = frozenset(SectionCustomSubscriptionDate._wire_names.values())
SectionCustomSubscriptionDate._decoders = {
    "campaign_ids_list": _decode_campaign_ids_list,
    "logic_operator": _decode_logic_operator,
    "subscriber_cycle": _decode_subscriber_cycle,
    "subscription_date": _decode_subscription_date,
    "custom_date": _decode_custom_date,
    "conditions": _decode_conditions,
}
SectionCustomSubscriptionDate._extra_decoder = _decode_additional_properties
_members_logic_operator = enum_members(SearchContactSectionLogicOperator)
_members_subscription_date = enum_members(SearchContactSectionSubscriptionDate)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.condition_type_model import ConditionType  # noqa: E402
from ..models.custom_date_range import CustomDateRange  # noqa: E402
