from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.message_activity_report_activity_types_enum import MessageActivityReportActivityTypesEnum

T = TypeVar("T", bound="MessageActivityReportFiltersFilters")


@_attrs_define
class MessageActivityReportFiltersFilters(WireModel):
    """Filters used to narrow down the report data

    Attributes:
        activity_type (list[MessageActivityReportActivityTypesEnum]): Types of activities included in the report
            Example: ['click', 'open'].
        message_id (list[str]): Message IDs included in the report Example: ['cRmI', 'cRmJ'].
    """

    activity_type: list[MessageActivityReportActivityTypesEnum]
    message_id: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        activity_type = []
        for activity_type_item_data in self.activity_type:
            activity_type_item = activity_type_item_data.value
            activity_type.append(activity_type_item)

        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activityType": activity_type,
                "messageId": message_id,
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


def _decode_activity_type(d: Mapping[str, Any]) -> list[MessageActivityReportActivityTypesEnum]:
    activity_type = []
    _activity_type = d["activityType"]
    for activity_type_item_data in _activity_type:
        activity_type_item = MessageActivityReportActivityTypesEnum(activity_type_item_data)

        activity_type.append(activity_type_item)

    return activity_type


def _decode_message_id(d: Mapping[str, Any]) -> list[str]:
    message_id = cast(list[str], d["messageId"])

    return message_id


def _encode_activity_type(self: MessageActivityReportFiltersFilters) -> Any:
    activity_type = []
    for activity_type_item_data in self.activity_type:
        activity_type_item = activity_type_item_data.value
        activity_type.append(activity_type_item)

    return activity_type


def _encode_message_id(self: MessageActivityReportFiltersFilters) -> Any:
    message_id = self.message_id

    return message_id


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageActivityReportFiltersFilters._wire_fields}


MessageActivityReportFiltersFilters._wire_names = {
    "activity_type": "activityType",
    "message_id": "messageId",
}
MessageActivityReportFiltersFilters._wire_fields = frozenset(MessageActivityReportFiltersFilters._wire_names.values())
MessageActivityReportFiltersFilters._decoders = {
    "activity_type": _decode_activity_type,
    "message_id": _decode_message_id,
    "additional_properties": _decode_additional_properties,
}
MessageActivityReportFiltersFilters._encoders = {
    "activity_type": _encode_activity_type,
    "message_id": _encode_message_id,
}
