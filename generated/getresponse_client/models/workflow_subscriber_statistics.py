from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class WorkflowSubscriberStatistics(WireModel):
    """
    Attributes:
        completed_count (int): The number of subscribers that completed the workflow Example: 4.
        in_progress_count (int): The number of subscribers that are in progress in the workflow Example: 3.
    """

    completed_count: int
    in_progress_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WorkflowSubscriberStatistics._wire_fields}


WorkflowSubscriberStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    WorkflowSubscriberStatistics,
    {
        "completed_count": WireField("completedCount", required=True, decode=wire_int),
        "in_progress_count": WireField("inProgressCount", required=True, decode=wire_int),
    },
    additional_properties=True,
)
