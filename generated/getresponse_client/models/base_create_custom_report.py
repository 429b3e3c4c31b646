from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
)

from ..models.base_create_custom_report_type import BaseCreateCustomReportType
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.create_custom_report_scheduling import CreateCustomReportScheduling
    from .create_custom_report_scheduling import CreateCustomReportSchedulingDict


@_attrs_define
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


def _decode_type_(json_value_: Any) -> BaseCreateCustomReportType:
    type_ = BaseCreateCustomReportType(json_value_)

    return type_


def _decode_scheduling(json_value_: Any) -> CreateCustomReportScheduling:
    scheduling = CreateCustomReportScheduling.from_dict(json_value_)

    return scheduling


def _from_dict(cls: type[BaseCreateCustomReport], src_dict: Mapping[str, Any]) -> BaseCreateCustomReport:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("type", UNSET)
    if value is UNSET:
        not_in_response(self, "type_")
    elif type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = BaseCreateCustomReportType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("scheduling", UNSET)
    if value is UNSET:
        not_in_response(self, "scheduling")
    elif type(value) is dict:
        self.scheduling = CreateCustomReportScheduling.from_dict(value)
    elif absent(value):
        self.scheduling = value
    else:
        try:
            self.scheduling = _decode_scheduling(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "scheduling", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseCreateCustomReport._wire_fields}


class BaseCreateCustomReportDict(TypedDict, total=False):
    """BaseCreateCustomReport as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    type: Required[BaseCreateCustomReportType | str]
    scheduling: Required[CreateCustomReportScheduling | CreateCustomReportSchedulingDict]


setattr(BaseCreateCustomReport, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
BaseCreateCustomReport._wire_names = {
    "name": "name",
    "type_": "type",
    "scheduling": "scheduling",
}
BaseCreateCustomReport._wire_fields = frozenset(BaseCreateCustomReport._wire_names.values())
BaseCreateCustomReport._decoders = {
    "name": None,
    "type_": _decode_type_,
    "scheduling": _decode_scheduling,
}
BaseCreateCustomReport._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(BaseCreateCustomReportType)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.create_custom_report_scheduling import CreateCustomReportScheduling  # noqa: E402
