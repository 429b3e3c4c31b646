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

from ..models.custom_report_frequencies_enum import CustomReportFrequenciesEnum
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CustomReport(WireModel):
    """
    Attributes:
        custom_report_id (str): The custom report ID Example: cRi.
        name (str | Unset): The custom report name Example: Example Report.
        href (str | Unset): The direct hyperlink to a resource Example: https://api.getresponse.com/v3/custom-
            reports/cRi.
        frequency (CustomReportFrequenciesEnum | Unset):
        created_at (datetime.datetime | Unset):  Example: 2020-11-20T08:00:00+0000.
        generated_at (datetime.datetime | Unset):  Example: 2020-11-20T08:00:00+0000.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    custom_report_id: str
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    frequency: CustomReportFrequenciesEnum | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    CustomReport,
    {
        "custom_report_id": WireField("customReportId", required=True),
        "name": WireField("name"),
        "href": WireField("href"),
        "frequency": WireField("frequency", enum=CustomReportFrequenciesEnum),
        "created_at": WireField("createdAt", decode=parse_datetime),
        "generated_at": WireField("generatedAt", decode=parse_datetime),
    },
    additional_properties=True,
)
