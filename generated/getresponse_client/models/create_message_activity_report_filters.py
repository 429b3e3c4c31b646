from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

if TYPE_CHECKING:
    from ..models.create_message_activity_report_filters_filters import CreateMessageActivityReportFiltersFilters


T = TypeVar("T", bound="CreateMessageActivityReportFilters")


@_attrs_define
class CreateMessageActivityReportFilters(WireModel):
    """
    Attributes:
        filters (CreateMessageActivityReportFiltersFilters): Filters used to narrow down the report data
    """

    filters: CreateMessageActivityReportFiltersFilters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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


def _decode_filters(d: Mapping[str, Any]) -> CreateMessageActivityReportFiltersFilters:
    from ..models.create_message_activity_report_filters_filters import CreateMessageActivityReportFiltersFilters  # noqa: PLC0415

    filters = CreateMessageActivityReportFiltersFilters.from_dict(d["filters"])

    return filters


def _encode_filters(self: CreateMessageActivityReportFilters) -> Any:
    filters = self.filters.to_dict()
    return filters


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateMessageActivityReportFilters._wire_fields}


CreateMessageActivityReportFilters._wire_names = {
    "filters": "filters",
}
CreateMessageActivityReportFilters._wire_fields = frozenset(CreateMessageActivityReportFilters._wire_names.values())
CreateMessageActivityReportFilters._decoders = {
    "filters": _decode_filters,
    "additional_properties": _decode_additional_properties,
}
CreateMessageActivityReportFilters._encoders = {
    "filters": _encode_filters,
}
