from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_date,
)

from ..models.create_custom_report_scheduling_frequency import CreateCustomReportSchedulingFrequency


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class CreateCustomReportScheduling(WireModel):
    """The period a new custom report covers.

    Attributes:
        frequency (CreateCustomReportSchedulingFrequency): How often the report is generated; only one-time reports can
            be created. Example: one_time.
        start_date (datetime.date): First day of the reported period (YYYY-MM-DD). Example: 2024-01-01.
        end_date (datetime.date): Last day of the reported period (YYYY-MM-DD). Example: 2024-01-15.
    """

    frequency: CreateCustomReportSchedulingFrequency
    start_date: datetime.date
    end_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateCustomReportScheduling._wire_fields}


class CreateCustomReportSchedulingDict(TypedDict, total=False):
    """CreateCustomReportScheduling as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    frequency: Required[CreateCustomReportSchedulingFrequency | str]
    startDate: Required[datetime.date | str]
    endDate: Required[datetime.date | str]


CreateCustomReportScheduling._extra_decoder = _decode_additional_properties

bind_fields(
    CreateCustomReportScheduling,
    {
        "frequency": WireField("frequency", required=True, enum=CreateCustomReportSchedulingFrequency),
        "start_date": WireField("startDate", required=True, decode=parse_date),
        "end_date": WireField("endDate", required=True, decode=parse_date),
    },
    additional_properties=True,
)
