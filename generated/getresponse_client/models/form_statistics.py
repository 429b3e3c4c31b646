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
class FormStatistics(WireModel):
    """
    Attributes:
        visitors (int | Unset): The total number of form visitors Example: 4371.
        unique_visitors (int | Unset): The number of unique form visitors Example: 3865.
        subscribed (int | Unset): The number of visitors that subscribed using this form Example: 2594.
        subscription_rate (float | Unset): The ratio of subscribed to visitors Example: 0.59.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    visitors: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    subscribed: int | Unset = UNSET
    subscription_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    FormStatistics,
    {
        "visitors": WireField("visitors", decode=wire_int),
        "unique_visitors": WireField("uniqueVisitors", decode=wire_int),
        "subscribed": WireField("subscribed", decode=wire_int),
        "subscription_rate": WireField("subscriptionRate"),
    },
    additional_properties=True,
)
