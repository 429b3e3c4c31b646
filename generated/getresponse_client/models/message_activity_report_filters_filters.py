from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..models.message_activity_report_activity_types_enum import MessageActivityReportActivityTypesEnum
from ..types import UNSET


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


def _decode_activity_type(json_value_: Any) -> list[MessageActivityReportActivityTypesEnum]:
    activity_type = []
    _activity_type = json_value_
    for activity_type_item_data in _activity_type:
        activity_type_item = MessageActivityReportActivityTypesEnum(activity_type_item_data)

        activity_type.append(activity_type_item)

    return activity_type


def _decode_message_id(json_value_: Any) -> list[str]:
    message_id = cast(list[str], json_value_)

    return message_id


def _from_dict(
    cls: type[MessageActivityReportFiltersFilters], src_dict: Mapping[str, Any]
) -> MessageActivityReportFiltersFilters:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("activityType", UNSET)
    if value is UNSET:
        not_in_response(self, "activity_type")
    elif absent(value):
        self.activity_type = value
    else:
        try:
            self.activity_type = _decode_activity_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "activity_type", value, error)
    value = get("messageId", UNSET)
    if value is UNSET:
        not_in_response(self, "message_id")
    elif absent(value):
        self.message_id = value
    else:
        try:
            self.message_id = _decode_message_id(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "message_id", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageActivityReportFiltersFilters._wire_fields}


setattr(
    MessageActivityReportFiltersFilters, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
MessageActivityReportFiltersFilters._wire_names = {
    "activity_type": "activityType",
    "message_id": "messageId",
}
MessageActivityReportFiltersFilters._wire_fields = frozenset(MessageActivityReportFiltersFilters._wire_names.values())
MessageActivityReportFiltersFilters._decoders = {
    "activity_type": _decode_activity_type,
    "message_id": _decode_message_id,
}
MessageActivityReportFiltersFilters._extra_decoder = _decode_additional_properties
