from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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
    parse_datetime,
)

from ..models.custom_report_types_enum import CustomReportTypesEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_report_details_files_item import CustomReportDetailsFilesItem
    from ..models.custom_report_scheduling import CustomReportScheduling
    from ..models.empty_report_filters_filters import EmptyReportFiltersFilters


@_attrs_define
class MessageStatsReportDetails(WireModel):
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


def _decode_type_(json_value_: Any) -> CustomReportTypesEnum | Unset:
    _type_ = json_value_
    type_: CustomReportTypesEnum | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = CustomReportTypesEnum(_type_)

    return type_


def _decode_scheduling(json_value_: Any) -> CustomReportScheduling | Unset:
    _scheduling = json_value_
    scheduling: CustomReportScheduling | Unset
    if isinstance(_scheduling, Unset):
        scheduling = UNSET
    else:
        scheduling = CustomReportScheduling.from_dict(_scheduling)

    return scheduling


def _decode_files(json_value_: Any) -> list[CustomReportDetailsFilesItem] | Unset:
    _files = json_value_
    files: list[CustomReportDetailsFilesItem] | Unset = UNSET
    if _files is not UNSET:
        files = []
        for files_item_data in _files:
            files_item = CustomReportDetailsFilesItem.from_dict(files_item_data)

            files.append(files_item)

    return files


def _decode_created_at(json_value_: Any) -> datetime.datetime | Unset:
    _created_at = json_value_
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _decode_generated_at(json_value_: Any) -> datetime.datetime | Unset:
    _generated_at = json_value_
    generated_at: datetime.datetime | Unset
    if isinstance(_generated_at, Unset):
        generated_at = UNSET
    else:
        generated_at = datetime.datetime.fromisoformat(_generated_at)

    return generated_at


def _decode_filters(json_value_: Any) -> EmptyReportFiltersFilters | Unset:
    _filters = json_value_
    filters: EmptyReportFiltersFilters | Unset
    if isinstance(_filters, Unset):
        filters = UNSET
    else:
        filters = EmptyReportFiltersFilters.from_dict(_filters)

    return filters


def _from_dict(cls: type[MessageStatsReportDetails], src_dict: Mapping[str, Any]) -> MessageStatsReportDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("customReportId", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_report_id")
    else:
        self.custom_report_id = value
    self.name = get("name", UNSET)
    self.href = get("href", UNSET)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = CustomReportTypesEnum(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    value = get("scheduling", UNSET)
    if type(value) is dict:
        self.scheduling = CustomReportScheduling.from_dict(value)
    elif absent(value):
        self.scheduling = value
    else:
        try:
            self.scheduling = _decode_scheduling(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "scheduling", value, error)
    value = get("files", UNSET)
    if absent(value):
        self.files = value
    else:
        try:
            self.files = _decode_files(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "files", value, error)
    value = get("createdAt", UNSET)
    if type(value) is str:
        try:
            self.created_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    elif absent(value):
        self.created_at = value
    else:
        try:
            self.created_at = _decode_created_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    value = get("generatedAt", UNSET)
    if type(value) is str:
        try:
            self.generated_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "generated_at", value, error)
    elif absent(value):
        self.generated_at = value
    else:
        try:
            self.generated_at = _decode_generated_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "generated_at", value, error)
    value = get("filters", UNSET)
    if type(value) is dict:
        self.filters = EmptyReportFiltersFilters.from_dict(value)
    elif absent(value):
        self.filters = value
    else:
        try:
            self.filters = _decode_filters(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "filters", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageStatsReportDetails._wire_fields}


setattr(MessageStatsReportDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
MessageStatsReportDetails._wire_names = {
    "custom_report_id": "customReportId",
    "name": "name",
    "href": "href",
    "type_": "type",
    "scheduling": "scheduling",
    "files": "files",
    "created_at": "createdAt",
    "generated_at": "generatedAt",
    "filters": "filters",
}
MessageStatsReportDetails._wire_fields = frozenset(MessageStatsReportDetails._wire_names.values())
MessageStatsReportDetails._decoders = {
    "custom_report_id": None,
    "name": None,
    "href": None,
    "type_": _decode_type_,
    "scheduling": _decode_scheduling,
    "files": _decode_files,
    "created_at": _decode_created_at,
    "generated_at": _decode_generated_at,
    "filters": _decode_filters,
}
MessageStatsReportDetails._extra_decoder = _decode_additional_properties
_members_type_ = enum_members(CustomReportTypesEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.custom_report_details_files_item import CustomReportDetailsFilesItem  # noqa: E402
from ..models.custom_report_scheduling import CustomReportScheduling  # noqa: E402
from ..models.empty_report_filters_filters import EmptyReportFiltersFilters  # noqa: E402
