from __future__ import annotations

from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class BaseCreateCustomReport(WireModel):
    """
    Attributes:
        name (str): The custom report name Example: My new custom report.
        type_ (BaseCreateCustomReportType): The custom report type
        scheduling (CreateCustomReportScheduling): The period a new custom report covers.
    """

    name: str
    type_: BaseCreateCustomReportType
    scheduling: CreateCustomReportScheduling
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseCreateCustomReport._wire_fields}


class BaseCreateCustomReportDict(TypedDict, total=False):
    """BaseCreateCustomReport as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    type: Required[BaseCreateCustomReportType | str]
    scheduling: Required[CreateCustomReportScheduling | CreateCustomReportSchedulingDict]


BaseCreateCustomReport._extra_decoder = _decode_additional_properties

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
