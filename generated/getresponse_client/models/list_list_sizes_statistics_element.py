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
class ListListSizesStatisticsElement(WireModel):
    """
    Attributes:
        total_subscribers (int | Unset): The total amount of subscribers for a given datetime and grouping
        added_subscribers (int | Unset): The amount of subscribers added since the previous statistics frame
        removed_subscribers (int | Unset): The amount of subscribers removed since the previous statistics frame
        created_on (str | Unset): The statistics frame timestamp.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    total_subscribers: int | Unset = UNSET
    added_subscribers: int | Unset = UNSET
    removed_subscribers: int | Unset = UNSET
    created_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ListListSizesStatisticsElement,
    {
        "total_subscribers": WireField("totalSubscribers", decode=wire_int),
        "added_subscribers": WireField("addedSubscribers", decode=wire_int),
        "removed_subscribers": WireField("removedSubscribers", decode=wire_int),
        "created_on": WireField("createdOn"),
    },
    additional_properties=True,
)
