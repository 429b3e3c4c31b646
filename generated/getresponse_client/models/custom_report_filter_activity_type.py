from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.message_activity_report_activity_types_enum import MessageActivityReportActivityTypesEnum


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CustomReportFilterActivityType(WireModel):
    """
    Attributes:
        activity_type (list[MessageActivityReportActivityTypesEnum]): Types of activities included in the report
            Example: ['click', 'open'].
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    activity_type: list[MessageActivityReportActivityTypesEnum]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_activity_type(json_value_: Any) -> list[MessageActivityReportActivityTypesEnum]:
    activity_type = []
    _activity_type = json_value_
    for activity_type_item_data in _activity_type:
        activity_type_item = MessageActivityReportActivityTypesEnum(activity_type_item_data)

        activity_type.append(activity_type_item)

    return activity_type


bind_fields(
    CustomReportFilterActivityType,
    {
        "activity_type": WireField("activityType", required=True, decode=_decode_activity_type, keep=True),
    },
    additional_properties=True,
)
