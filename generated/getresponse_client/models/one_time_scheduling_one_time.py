from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class OneTimeSchedulingOneTime(WireModel):
    """A field containing configuration parameters for one-time scheduling

    Attributes:
        start_date (datetime.datetime | Unset): Start date of the range for which the report was generated Example:
            2020-11-20T08:00:00+0000.
        end_date (datetime.datetime | Unset): End date of the range for which the report was generated Example:
            2020-11-21T08:00:00+0000.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    OneTimeSchedulingOneTime,
    {
        "start_date": WireField("startDate", decode=parse_datetime),
        "end_date": WireField("endDate", decode=parse_datetime),
    },
    additional_properties=True,
)
