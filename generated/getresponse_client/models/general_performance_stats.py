from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.general_performance_stats_order import GeneralPerformanceStatsOrder
    from ..models.general_performance_stats_revenue import GeneralPerformanceStatsRevenue


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class GeneralPerformanceStats(WireModel):
    """
    Attributes:
        currency (str | Unset): Statistics currency Example: USD.
        order (GeneralPerformanceStatsOrder | Unset): Order statistics
        revenue (GeneralPerformanceStatsRevenue | Unset): Revenue statistics
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    currency: str | Unset = UNSET
    order: GeneralPerformanceStatsOrder | Unset = UNSET
    revenue: GeneralPerformanceStatsRevenue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.general_performance_stats_order import GeneralPerformanceStatsOrder  # noqa: E402
from ..models.general_performance_stats_revenue import GeneralPerformanceStatsRevenue  # noqa: E402

bind_fields(
    GeneralPerformanceStats,
    {
        "currency": WireField("currency"),
        "order": WireField("order", decode=GeneralPerformanceStatsOrder.from_dict, keep=True),
        "revenue": WireField("revenue", decode=GeneralPerformanceStatsRevenue.from_dict, keep=True),
    },
    additional_properties=True,
)
