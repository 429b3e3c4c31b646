from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralPerformanceStatsRevenue")


@_attrs_define
class GeneralPerformanceStatsRevenue(WireModel):
    """Revenue statistics

    Attributes:
        revenue (float | Unset): Revenue from orders Example: 1.23.
        revenue_trend (float | Unset): Revenue trend Example: 1.23.
    """

    revenue: float | Unset = UNSET
    revenue_trend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        revenue = self.revenue

        revenue_trend = self.revenue_trend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if revenue_trend is not UNSET:
            field_dict["revenueTrend"] = revenue_trend

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


def _decode_revenue(d: Mapping[str, Any]) -> float | Unset:
    revenue: float | Unset = d.get("revenue", UNSET)
    return revenue


def _decode_revenue_trend(d: Mapping[str, Any]) -> float | Unset:
    revenue_trend: float | Unset = d.get("revenueTrend", UNSET)
    return revenue_trend


def _encode_revenue(self: GeneralPerformanceStatsRevenue) -> Any:
    revenue = self.revenue
    return revenue


def _encode_revenue_trend(self: GeneralPerformanceStatsRevenue) -> Any:
    revenue_trend = self.revenue_trend
    return revenue_trend


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeneralPerformanceStatsRevenue._wire_fields}


GeneralPerformanceStatsRevenue._wire_names = {
    "revenue": "revenue",
    "revenue_trend": "revenueTrend",
}
GeneralPerformanceStatsRevenue._wire_fields = frozenset(GeneralPerformanceStatsRevenue._wire_names.values())
GeneralPerformanceStatsRevenue._decoders = {
    "revenue": _decode_revenue,
    "revenue_trend": _decode_revenue_trend,
    "additional_properties": _decode_additional_properties,
}
GeneralPerformanceStatsRevenue._encoders = {
    "revenue": _encode_revenue,
    "revenue_trend": _encode_revenue_trend,
}
