from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class GeneralPerformanceStatsOrder(WireModel):
    """Order statistics

    Attributes:
        orders (int | Unset): Number of orders Example: 5.
        orders_trend (float | Unset): Order trend Example: 1.23.
        avg_order_revenue (float | Unset): Average order value Example: 1.23.
        avg_order_revenue_trend (float | Unset): Average order value trend Example: 1.23.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    orders: int | Unset = UNSET
    orders_trend: float | Unset = UNSET
    avg_order_revenue: float | Unset = UNSET
    avg_order_revenue_trend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    GeneralPerformanceStatsOrder,
    {
        "orders": WireField("orders", decode=wire_int),
        "orders_trend": WireField("ordersTrend"),
        "avg_order_revenue": WireField("avgOrderRevenue"),
        "avg_order_revenue_trend": WireField("avgOrderRevenueTrend"),
    },
    additional_properties=True,
)
