from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.general_performance_stats_order import GeneralPerformanceStatsOrder
    from ..models.general_performance_stats_revenue import GeneralPerformanceStatsRevenue


T = TypeVar("T", bound="GeneralPerformanceStats")


@_attrs_define
class GeneralPerformanceStats(WireModel):
    """
    Attributes:
        currency (str | Unset): Statistics currency Example: USD.
        order (GeneralPerformanceStatsOrder | Unset): Order statistics
        revenue (GeneralPerformanceStatsRevenue | Unset): Revenue statistics
    """

    currency: str | Unset = UNSET
    order: GeneralPerformanceStatsOrder | Unset = UNSET
    revenue: GeneralPerformanceStatsRevenue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        currency = self.currency

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        revenue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenue, Unset):
            revenue = self.revenue.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if order is not UNSET:
            field_dict["order"] = order
        if revenue is not UNSET:
            field_dict["revenue"] = revenue

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


def _decode_currency(d: Mapping[str, Any]) -> str | Unset:
    currency: str | Unset = d.get("currency", UNSET)
    return currency


def _decode_order(d: Mapping[str, Any]) -> GeneralPerformanceStatsOrder | Unset:
    from ..models.general_performance_stats_order import GeneralPerformanceStatsOrder  # noqa: PLC0415

    _order = d.get("order", UNSET)
    order: GeneralPerformanceStatsOrder | Unset
    if isinstance(_order, Unset):
        order = UNSET
    else:
        order = GeneralPerformanceStatsOrder.from_dict(_order)

    return order


def _decode_revenue(d: Mapping[str, Any]) -> GeneralPerformanceStatsRevenue | Unset:
    from ..models.general_performance_stats_revenue import GeneralPerformanceStatsRevenue  # noqa: PLC0415

    _revenue = d.get("revenue", UNSET)
    revenue: GeneralPerformanceStatsRevenue | Unset
    if isinstance(_revenue, Unset):
        revenue = UNSET
    else:
        revenue = GeneralPerformanceStatsRevenue.from_dict(_revenue)

    return revenue


def _encode_currency(self: GeneralPerformanceStats) -> Any:
    currency = self.currency
    return currency


def _encode_order(self: GeneralPerformanceStats) -> Any:
    order: dict[str, Any] | Unset = UNSET
    if not isinstance(self.order, Unset):
        order = self.order.to_dict()
    return order


def _encode_revenue(self: GeneralPerformanceStats) -> Any:
    revenue: dict[str, Any] | Unset = UNSET
    if not isinstance(self.revenue, Unset):
        revenue = self.revenue.to_dict()
    return revenue


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeneralPerformanceStats._wire_fields}


GeneralPerformanceStats._wire_names = {
    "currency": "currency",
    "order": "order",
    "revenue": "revenue",
}
GeneralPerformanceStats._wire_fields = frozenset(GeneralPerformanceStats._wire_names.values())
GeneralPerformanceStats._decoders = {
    "currency": _decode_currency,
    "order": _decode_order,
    "revenue": _decode_revenue,
    "additional_properties": _decode_additional_properties,
}
GeneralPerformanceStats._encoders = {
    "currency": _encode_currency,
    "order": _encode_order,
    "revenue": _encode_revenue,
}
