from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

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


def _encode_currency(self: GeneralPerformanceStats) -> Any:
    currency = self.currency
    return currency


def _decode_order(json_value_: Any) -> GeneralPerformanceStatsOrder | Unset:
    _order = json_value_
    order: GeneralPerformanceStatsOrder | Unset
    if isinstance(_order, Unset):
        order = UNSET
    else:
        order = GeneralPerformanceStatsOrder.from_dict(_order)

    return order


def _encode_order(self: GeneralPerformanceStats) -> Any:
    order: dict[str, Any] | Unset = UNSET
    if not isinstance(self.order, Unset):
        order = self.order.to_dict()
    return order


def _decode_revenue(json_value_: Any) -> GeneralPerformanceStatsRevenue | Unset:
    _revenue = json_value_
    revenue: GeneralPerformanceStatsRevenue | Unset
    if isinstance(_revenue, Unset):
        revenue = UNSET
    else:
        revenue = GeneralPerformanceStatsRevenue.from_dict(_revenue)

    return revenue


def _encode_revenue(self: GeneralPerformanceStats) -> Any:
    revenue: dict[str, Any] | Unset = UNSET
    if not isinstance(self.revenue, Unset):
        revenue = self.revenue.to_dict()
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
    if absent(value):
        self.order = value
    else:
        try:
            self.order = _decode_order(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "order", value, error)
    value = get("revenue", UNSET)
    if absent(value):
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
GeneralPerformanceStats._encoders = {
    "currency": _encode_currency,
    "order": _encode_order,
    "revenue": _encode_revenue,
}
GeneralPerformanceStats._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.general_performance_stats_order import GeneralPerformanceStatsOrder  # noqa: E402
from ..models.general_performance_stats_revenue import GeneralPerformanceStatsRevenue  # noqa: E402
