from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AutoresponderStatistics(WireModel):
    """The autoresponder statistics summary

    Attributes:
        delivered (float | Unset):  Example: 0.
        open_rate (float | Unset):  Example: 0.
        click_rate (float | Unset):  Example: 0.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    delivered: float | Unset = UNSET
    open_rate: float | Unset = UNSET
    click_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class AutoresponderStatisticsDict(TypedDict, total=False):
    """AutoresponderStatistics as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    delivered: float
    openRate: float
    clickRate: float


bind_fields(
    AutoresponderStatistics,
    {
        "delivered": WireField("delivered"),
        "open_rate": WireField("openRate"),
        "click_rate": WireField("clickRate"),
    },
    additional_properties=True,
)
