from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


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


def _from_dict(
    cls: type[GeneralPerformanceStatsRevenue], src_dict: Mapping[str, Any]
) -> GeneralPerformanceStatsRevenue:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.revenue = get("revenue", UNSET)
    self.revenue_trend = get("revenueTrend", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeneralPerformanceStatsRevenue._wire_fields}


setattr(
    GeneralPerformanceStatsRevenue, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
GeneralPerformanceStatsRevenue._wire_names = {
    "revenue": "revenue",
    "revenue_trend": "revenueTrend",
}
GeneralPerformanceStatsRevenue._wire_fields = frozenset(GeneralPerformanceStatsRevenue._wire_names.values())
GeneralPerformanceStatsRevenue._decoders = {
    "revenue": None,
    "revenue_trend": None,
}
GeneralPerformanceStatsRevenue._extra_decoder = _decode_additional_properties
