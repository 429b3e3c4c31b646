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
class AbtestsSubjectStatistics(WireModel):
    """
    Attributes:
        delivered (int | Unset): The total number of delivered messages Example: 10.
        open_rate (float | Unset): Percentage of messages that were opened Example: 20.52.
        click_rate (float | Unset): Percentage of messages links that were clicked Example: 5.12.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    delivered: int | Unset = UNSET
    open_rate: float | Unset = UNSET
    click_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    AbtestsSubjectStatistics,
    {
        "delivered": WireField("delivered", decode=wire_int),
        "open_rate": WireField("openRate"),
        "click_rate": WireField("clickRate"),
    },
    additional_properties=True,
)
