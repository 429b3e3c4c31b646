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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class WorkflowSubscriberStatistics(WireModel):
    """
    Attributes:
        completed_count (int): The number of subscribers that completed the workflow Example: 4.
        in_progress_count (int): The number of subscribers that are in progress in the workflow Example: 3.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    completed_count: int
    in_progress_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    WorkflowSubscriberStatistics,
    {
        "completed_count": WireField("completedCount", required=True, decode=wire_int),
        "in_progress_count": WireField("inProgressCount", required=True, decode=wire_int),
    },
    additional_properties=True,
)
