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
    from ..models.general_performance_stats_order import GeneralPerformanceStatsOrder
    from ..models.general_performance_stats_revenue import GeneralPerformanceStatsRevenue


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


def _decode_order(json_value_: Any) -> GeneralPerformanceStatsOrder | Unset:
    _order = json_value_
    order: GeneralPerformanceStatsOrder | Unset
    if isinstance(_order, Unset):
        order = UNSET
    else:
        order = GeneralPerformanceStatsOrder.from_dict(_order)

    return order


def _decode_revenue(json_value_: Any) -> GeneralPerformanceStatsRevenue | Unset:
    _revenue = json_value_
    revenue: GeneralPerformanceStatsRevenue | Unset
    if isinstance(_revenue, Unset):
        revenue = UNSET
    else:
        revenue = GeneralPerformanceStatsRevenue.from_dict(_revenue)

    return revenue


def _from_dict(cls: type[GeneralPerformanceStats], src_dict: Mapping[str, Any]) -> GeneralPerformanceStats:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.currency = get("currency", UNSET)
    value = get("order", UNSET)
    if type(value) is dict:
        self.order = GeneralPerformanceStatsOrder.from_dict(value)
    elif absent(value):
        self.order = value
    else:
        try:
            self.order = _decode_order(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "order", value, error)
    value = get("revenue", UNSET)
    if type(value) is dict:
        self.revenue = GeneralPerformanceStatsRevenue.from_dict(value)
    elif absent(value):
        self.revenue = value
    else:
        try:
            self.revenue = _decode_revenue(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "revenue", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GeneralPerformanceStats._wire_fields}


setattr(GeneralPerformanceStats, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
GeneralPerformanceStats._wire_names = {
    "currency": "currency",
    "order": "order",
    "revenue": "revenue",
}
GeneralPerformanceStats._wire_fields = frozenset(GeneralPerformanceStats._wire_names.values())
GeneralPerformanceStats._decoders = {
    "currency": None,
    "order": _decode_order,
    "revenue": _decode_revenue,
}
GeneralPerformanceStats._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.general_performance_stats_order import GeneralPerformanceStatsOrder  # noqa: E402
from ..models.general_performance_stats_revenue import GeneralPerformanceStatsRevenue  # noqa: E402
