from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class OneTimeSchedulingOneTime(WireModel):
    """A field containing configuration parameters for one-time scheduling

    Attributes:
        start_date (datetime.datetime | Unset): Start date of the range for which the report was generated Example:
            2020-11-20T08:00:00+0000.
        end_date (datetime.datetime | Unset): End date of the range for which the report was generated Example:
            2020-11-21T08:00:00+0000.
    """

    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in OneTimeSchedulingOneTime._wire_fields}


OneTimeSchedulingOneTime._extra_decoder = _decode_additional_properties

bind_fields(
    OneTimeSchedulingOneTime,
    {
        "start_date": WireField("startDate", decode=parse_datetime),
        "end_date": WireField("endDate", decode=parse_datetime),
    },
    additional_properties=True,
)
