from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.base_create_custom_report_type import BaseCreateCustomReportType

if TYPE_CHECKING:
    from ..models.create_custom_report_scheduling import CreateCustomReportScheduling
    from ..models.create_message_activity_report_filters_filters import CreateMessageActivityReportFiltersFilters


T = TypeVar("T", bound="CreateMessageActivityReport")


@_attrs_define
class CreateMessageActivityReport(WireModel):
    """
    Attributes:
        name (str): The custom report name Example: My new custom report.
        type_ (BaseCreateCustomReportType): The custom report type
        scheduling (CreateCustomReportScheduling): The period a new custom report covers.
        filters (CreateMessageActivityReportFiltersFilters): Filters used to narrow down the report data
    """

    name: str
    type_: BaseCreateCustomReportType
    scheduling: CreateCustomReportScheduling
    filters: CreateMessageActivityReportFiltersFilters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        scheduling = self.scheduling.to_dict()

        filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "scheduling": scheduling,
                "filters": filters,
            }
        )

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    return name


def _decode_type_(d: Mapping[str, Any]) -> BaseCreateCustomReportType:
    type_ = BaseCreateCustomReportType(d["type"])

    return type_


def _decode_scheduling(d: Mapping[str, Any]) -> CreateCustomReportScheduling:
    from ..models.create_custom_report_scheduling import CreateCustomReportScheduling  # noqa: PLC0415

    scheduling = CreateCustomReportScheduling.from_dict(d["scheduling"])

    return scheduling


def _decode_filters(d: Mapping[str, Any]) -> CreateMessageActivityReportFiltersFilters:
    from ..models.create_message_activity_report_filters_filters import CreateMessageActivityReportFiltersFilters  # noqa: PLC0415

    filters = CreateMessageActivityReportFiltersFilters.from_dict(d["filters"])

    return filters


def _encode_name(self: CreateMessageActivityReport) -> Any:
    name = self.name
    return name


def _encode_type_(self: CreateMessageActivityReport) -> Any:
    type_ = self.type_.value
    return type_


def _encode_scheduling(self: CreateMessageActivityReport) -> Any:
    scheduling = self.scheduling.to_dict()
    return scheduling


def _encode_filters(self: CreateMessageActivityReport) -> Any:
    filters = self.filters.to_dict()
    return filters


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateMessageActivityReport._wire_fields}


CreateMessageActivityReport._wire_names = {
    "name": "name",
    "type_": "type",
    "scheduling": "scheduling",
    "filters": "filters",
}
CreateMessageActivityReport._wire_fields = frozenset(CreateMessageActivityReport._wire_names.values())
CreateMessageActivityReport._decoders = {
    "name": _decode_name,
    "type_": _decode_type_,
    "scheduling": _decode_scheduling,
    "filters": _decode_filters,
    "additional_properties": _decode_additional_properties,
}
CreateMessageActivityReport._encoders = {
    "name": _encode_name,
    "type_": _encode_type_,
    "scheduling": _encode_scheduling,
    "filters": _encode_filters,
}
