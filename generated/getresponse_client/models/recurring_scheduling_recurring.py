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

from ..models.custom_report_days_of_week_enum import CustomReportDaysOfWeekEnum
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class RecurringSchedulingRecurring(WireModel):
    """A field containing configuration parameters for recurring scheduling

    Attributes:
        day_of_month (int | None | Unset): The day of the month on which the report is generated Example: 16.
        day_of_week (CustomReportDaysOfWeekEnum | Unset):
        hour (int | Unset): The hour at which the report is generated, in the 0-23 format Example: 8.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    day_of_month: int | None | Unset = UNSET
    day_of_week: CustomReportDaysOfWeekEnum | Unset = UNSET
    hour: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    RecurringSchedulingRecurring,
    {
        "day_of_month": WireField("dayOfMonth"),
        "day_of_week": WireField("dayOfWeek", enum=CustomReportDaysOfWeekEnum),
        "hour": WireField("hour", decode=wire_int),
    },
    additional_properties=True,
)
