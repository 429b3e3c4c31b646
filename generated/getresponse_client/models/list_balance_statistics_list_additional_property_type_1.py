from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_subscription_statistics_item import ListSubscriptionStatisticsItem


@_attrs_define
class ListBalanceStatisticsListAdditionalPropertyType1(WireModel):
    """
    Attributes:
        subscriptions (ListSubscriptionStatisticsItem | Unset):
    """

    subscriptions: ListSubscriptionStatisticsItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_subscriptions(json_value_: Any) -> ListSubscriptionStatisticsItem | Unset:
    _subscriptions = json_value_
    subscriptions: ListSubscriptionStatisticsItem | Unset
    if isinstance(_subscriptions, Unset):
        subscriptions = UNSET
    else:
        subscriptions = ListSubscriptionStatisticsItem.from_dict(_subscriptions)

    return subscriptions


def _from_dict(
    cls: type[ListBalanceStatisticsListAdditionalPropertyType1], src_dict: Mapping[str, Any]
) -> ListBalanceStatisticsListAdditionalPropertyType1:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("subscriptions", UNSET)
    if type(value) is dict:
        self.subscriptions = ListSubscriptionStatisticsItem.from_dict(value)
    elif absent(value):
        self.subscriptions = value
    else:
        try:
            self.subscriptions = _decode_subscriptions(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscriptions", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in ListBalanceStatisticsListAdditionalPropertyType1._wire_fields
    }


setattr(
    ListBalanceStatisticsListAdditionalPropertyType1, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListBalanceStatisticsListAdditionalPropertyType1._wire_names = {
    "subscriptions": "subscriptions",
}
ListBalanceStatisticsListAdditionalPropertyType1._wire_fields = frozenset(
    ListBalanceStatisticsListAdditionalPropertyType1._wire_names.values()
)
ListBalanceStatisticsListAdditionalPropertyType1._decoders = {
    "subscriptions": _decode_subscriptions,
}
ListBalanceStatisticsListAdditionalPropertyType1._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_subscription_statistics_item import ListSubscriptionStatisticsItem  # noqa: E402
