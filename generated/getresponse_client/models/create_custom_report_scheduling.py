from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_date,
)

from ..models.create_custom_report_scheduling_frequency import CreateCustomReportSchedulingFrequency


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CreateCustomReportScheduling(WireModel):
    """The period a new custom report covers.

    Attributes:
        frequency (CreateCustomReportSchedulingFrequency): How often the report is generated; only one-time reports can
            be created. Example: one_time.
        start_date (datetime.date): First day of the reported period (YYYY-MM-DD). Example: 2024-01-01.
        end_date (datetime.date): Last day of the reported period (YYYY-MM-DD). Example: 2024-01-15.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    frequency: CreateCustomReportSchedulingFrequency
    start_date: datetime.date
    end_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class CreateCustomReportSchedulingDict(TypedDict, total=False):
    """CreateCustomReportScheduling as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    frequency: Required[CreateCustomReportSchedulingFrequency | str]
    startDate: Required[datetime.date | str]
    endDate: Required[datetime.date | str]


bind_fields(
    CreateCustomReportScheduling,
    {
        "frequency": WireField("frequency", required=True, enum=CreateCustomReportSchedulingFrequency),
        "start_date": WireField("startDate", required=True, decode=parse_date),
        "end_date": WireField("endDate", required=True, decode=parse_date),
    },
    additional_properties=True,
)
