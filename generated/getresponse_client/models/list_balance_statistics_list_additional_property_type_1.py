from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_subscription_statistics_item import ListSubscriptionStatisticsItem


T = TypeVar("T", bound="ListBalanceStatisticsListAdditionalPropertyType1")


@_attrs_define
class ListBalanceStatisticsListAdditionalPropertyType1(WireModel):
    """
    Attributes:
        subscriptions (ListSubscriptionStatisticsItem | Unset):
    """

    subscriptions: ListSubscriptionStatisticsItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        subscriptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = self.subscriptions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_subscriptions(d: Mapping[str, Any]) -> ListSubscriptionStatisticsItem | Unset:
    from ..models.list_subscription_statistics_item import ListSubscriptionStatisticsItem  # noqa: PLC0415

    _subscriptions = d.get("subscriptions", UNSET)
    subscriptions: ListSubscriptionStatisticsItem | Unset
    if isinstance(_subscriptions, Unset):
        subscriptions = UNSET
    else:
        subscriptions = ListSubscriptionStatisticsItem.from_dict(_subscriptions)

    return subscriptions


def _encode_subscriptions(self: ListBalanceStatisticsListAdditionalPropertyType1) -> Any:
    subscriptions: dict[str, Any] | Unset = UNSET
    if not isinstance(self.subscriptions, Unset):
        subscriptions = self.subscriptions.to_dict()
    return subscriptions


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        for key, value in d.items()
        if key not in ListBalanceStatisticsListAdditionalPropertyType1._wire_fields
    }


ListBalanceStatisticsListAdditionalPropertyType1._wire_names = {
    "subscriptions": "subscriptions",
}
ListBalanceStatisticsListAdditionalPropertyType1._wire_fields = frozenset(
    ListBalanceStatisticsListAdditionalPropertyType1._wire_names.values()
)
ListBalanceStatisticsListAdditionalPropertyType1._decoders = {
    "subscriptions": _decode_subscriptions,
    "additional_properties": _decode_additional_properties,
}
ListBalanceStatisticsListAdditionalPropertyType1._encoders = {
    "subscriptions": _encode_subscriptions,
}
