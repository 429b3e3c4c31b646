from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.message_activity_report_activity_types_enum import MessageActivityReportActivityTypesEnum


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class CustomReportFilterActivityType(WireModel):
    """
    Attributes:
        activity_type (list[MessageActivityReportActivityTypesEnum]): Types of activities included in the report
            Example: ['click', 'open'].
    """

    activity_type: list[MessageActivityReportActivityTypesEnum]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_activity_type(json_value_: Any) -> list[MessageActivityReportActivityTypesEnum]:
    activity_type = []
    _activity_type = json_value_
    for activity_type_item_data in _activity_type:
        activity_type_item = MessageActivityReportActivityTypesEnum(activity_type_item_data)

        activity_type.append(activity_type_item)

    return activity_type


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomReportFilterActivityType._wire_fields}


CustomReportFilterActivityType._extra_decoder = _decode_additional_properties

bind_fields(
    CustomReportFilterActivityType,
    {
        "activity_type": WireField("activityType", required=True, decode=_decode_activity_type, keep=True),
    },
    additional_properties=True,
)
