from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

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
    from .create_custom_report_scheduling import CreateCustomReportSchedulingDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class BaseCreateCustomReport(WireModel):
    """
    Attributes:
        name (str): The custom report name Example: My new custom report.
        type_ (BaseCreateCustomReportType): The custom report type
        scheduling (CreateCustomReportScheduling): The period a new custom report covers.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    type_: BaseCreateCustomReportType
    scheduling: CreateCustomReportScheduling
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class BaseCreateCustomReportDict(TypedDict, total=False):
    """BaseCreateCustomReport as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    type: Required[BaseCreateCustomReportType | str]
    scheduling: Required[CreateCustomReportScheduling | CreateCustomReportSchedulingDict]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.create_custom_report_scheduling import CreateCustomReportScheduling  # noqa: E402

bind_fields(
    BaseCreateCustomReport,
    {
        "name": WireField("name", required=True),
        "type_": WireField("type", required=True, enum=BaseCreateCustomReportType),
        "scheduling": WireField("scheduling", required=True, decode=CreateCustomReportScheduling.from_dict, keep=True),
    },
    additional_properties=True,
)
