from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.base_create_custom_report_type import BaseCreateCustomReportType

if TYPE_CHECKING:
    from ..models.create_custom_report_scheduling import CreateCustomReportScheduling
    from ..models.create_message_activity_report_filters_filters import CreateMessageActivityReportFiltersFilters


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CreateMessageActivityReport(WireModel):
    """
    Attributes:
        name (str): The custom report name Example: My new custom report.
        type_ (BaseCreateCustomReportType): The custom report type
        scheduling (CreateCustomReportScheduling): The period a new custom report covers.
        filters (CreateMessageActivityReportFiltersFilters): Filters used to narrow down the report data
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    type_: BaseCreateCustomReportType
    scheduling: CreateCustomReportScheduling
    filters: CreateMessageActivityReportFiltersFilters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.create_custom_report_scheduling import CreateCustomReportScheduling  # noqa: E402
from ..models.create_message_activity_report_filters_filters import CreateMessageActivityReportFiltersFilters  # noqa: E402

bind_fields(
    CreateMessageActivityReport,
    {
        "name": WireField("name", required=True),
        "type_": WireField("type", required=True, enum=BaseCreateCustomReportType),
        "scheduling": WireField("scheduling", required=True, decode=CreateCustomReportScheduling.from_dict, keep=True),
        "filters": WireField(
            "filters", required=True, decode=CreateMessageActivityReportFiltersFilters.from_dict, keep=True
        ),
    },
    additional_properties=True,
)
