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

from ..models.custom_report_types_enum import CustomReportTypesEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_report_details_files_item import CustomReportDetailsFilesItem
    from ..models.custom_report_scheduling import CustomReportScheduling
    from ..models.empty_report_filters_filters import EmptyReportFiltersFilters


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class WebinarParticipantsReportDetails(WireModel):
    """
    Attributes:
        custom_report_id (str): The custom report ID Example: cRi.
        name (str | Unset): The custom report name Example: Example Report.
        href (str | Unset): The direct hyperlink to a resource Example: https://api.getresponse.com/v3/custom-
            reports/cRi.
        type_ (CustomReportTypesEnum | Unset):
        scheduling (CustomReportScheduling | Unset):
        files (list[CustomReportDetailsFilesItem] | Unset): Files that have been generated for the given report
        created_at (datetime.datetime | Unset): Custom report creation date Example: 2020-11-20T08:00:00+0000.
        generated_at (datetime.datetime | Unset): Custom report generation date Example: 2020-11-20T08:00:00+0000.
        filters (EmptyReportFiltersFilters | Unset): Filters used to narrow down the report data Example: [].
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    custom_report_id: str
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    type_: CustomReportTypesEnum | Unset = UNSET
    scheduling: CustomReportScheduling | Unset = UNSET
    files: list[CustomReportDetailsFilesItem] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    filters: EmptyReportFiltersFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_files(json_value_: Any) -> list[CustomReportDetailsFilesItem] | Unset:
    _files = json_value_
    files: list[CustomReportDetailsFilesItem] | Unset = UNSET
    if _files is not UNSET:
        files = []
        for files_item_data in _files:
            files_item = CustomReportDetailsFilesItem.from_dict(files_item_data)

            files.append(files_item)

    return files


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.custom_report_details_files_item import CustomReportDetailsFilesItem  # noqa: E402
from ..models.custom_report_scheduling import CustomReportScheduling  # noqa: E402
from ..models.empty_report_filters_filters import EmptyReportFiltersFilters  # noqa: E402

bind_fields(
    WebinarParticipantsReportDetails,
    {
        "custom_report_id": WireField("customReportId", required=True),
        "name": WireField("name"),
        "href": WireField("href"),
        "type_": WireField("type", enum=CustomReportTypesEnum),
        "scheduling": WireField("scheduling", decode=CustomReportScheduling.from_dict, keep=True),
        "files": WireField("files", decode=_decode_files, keep=True),
        "created_at": WireField("createdAt", decode=parse_datetime),
        "generated_at": WireField("generatedAt", decode=parse_datetime),
        "filters": WireField("filters", decode=EmptyReportFiltersFilters.from_dict, keep=True),
    },
    additional_properties=True,
)
