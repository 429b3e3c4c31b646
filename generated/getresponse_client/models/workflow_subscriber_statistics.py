from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

T = TypeVar("T", bound="WorkflowSubscriberStatistics")


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

    def _encode(self) -> dict[str, Any]:
        completed_count = self.completed_count

        in_progress_count = self.in_progress_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completedCount": completed_count,
                "inProgressCount": in_progress_count,
            }
        )

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


def _decode_completed_count(d: Mapping[str, Any]) -> int:
    completed_count: int = d["completedCount"]
    return completed_count


def _decode_in_progress_count(d: Mapping[str, Any]) -> int:
    in_progress_count: int = d["inProgressCount"]
    return in_progress_count


def _encode_completed_count(self: WorkflowSubscriberStatistics) -> Any:
    completed_count = self.completed_count
    return completed_count


def _encode_in_progress_count(self: WorkflowSubscriberStatistics) -> Any:
    in_progress_count = self.in_progress_count
    return in_progress_count


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WorkflowSubscriberStatistics._wire_fields}


WorkflowSubscriberStatistics._wire_names = {
    "completed_count": "completedCount",
    "in_progress_count": "inProgressCount",
}
WorkflowSubscriberStatistics._wire_fields = frozenset(WorkflowSubscriberStatistics._wire_names.values())
WorkflowSubscriberStatistics._decoders = {
    "completed_count": _decode_completed_count,
    "in_progress_count": _decode_in_progress_count,
    "additional_properties": _decode_additional_properties,
}
WorkflowSubscriberStatistics._encoders = {
    "completed_count": _encode_completed_count,
    "in_progress_count": _encode_in_progress_count,
}
