from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    wire_int,
)

from ..types import UNSET


@_attrs_define
class WorkflowSubscriberStatistics(WireModel):
    """
    Attributes:
        completed_count (int): The number of subscribers that completed the workflow Example: 4.
        in_progress_count (int): The number of subscribers that are in progress in the workflow Example: 3.
    """

    completed_count: int
    in_progress_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[WorkflowSubscriberStatistics], src_dict: Mapping[str, Any]) -> WorkflowSubscriberStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("completedCount", UNSET)
    if value is UNSET:
        not_in_response(self, "completed_count")
    elif type(value) is int or absent(value):
        self.completed_count = value
    else:
        try:
            self.completed_count = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "completed_count", value, error)
    value = get("inProgressCount", UNSET)
    if value is UNSET:
        not_in_response(self, "in_progress_count")
    elif type(value) is int or absent(value):
        self.in_progress_count = value
    else:
        try:
            self.in_progress_count = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "in_progress_count", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WorkflowSubscriberStatistics._wire_fields}


setattr(WorkflowSubscriberStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
WorkflowSubscriberStatistics._wire_names = {
    "completed_count": "completedCount",
    "in_progress_count": "inProgressCount",
}
WorkflowSubscriberStatistics._wire_fields = frozenset(WorkflowSubscriberStatistics._wire_names.values())
WorkflowSubscriberStatistics._decoders = {
    "completed_count": wire_int,
    "in_progress_count": wire_int,
}
WorkflowSubscriberStatistics._extra_decoder = _decode_additional_properties
