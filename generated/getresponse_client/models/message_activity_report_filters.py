from __future__ import annotations

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
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_activity_report_filters_filters import MessageActivityReportFiltersFilters


@_attrs_define
class MessageActivityReportFilters(WireModel):
    """
    Attributes:
        filters (MessageActivityReportFiltersFilters | Unset): Filters used to narrow down the report data
    """

    filters: MessageActivityReportFiltersFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_filters(json_value_: Any) -> MessageActivityReportFiltersFilters | Unset:
    _filters = json_value_
    filters: MessageActivityReportFiltersFilters | Unset
    if isinstance(_filters, Unset):
        filters = UNSET
    else:
        filters = MessageActivityReportFiltersFilters.from_dict(_filters)

    return filters


def _from_dict(cls: type[MessageActivityReportFilters], src_dict: Mapping[str, Any]) -> MessageActivityReportFilters:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("filters", UNSET)
    if type(value) is dict:
        self.filters = MessageActivityReportFiltersFilters.from_dict(value)
    elif absent(value):
        self.filters = value
    else:
        try:
            self.filters = _decode_filters(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "filters", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MessageActivityReportFilters._wire_fields}


setattr(MessageActivityReportFilters, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
MessageActivityReportFilters._wire_names = {
    "filters": "filters",
}
MessageActivityReportFilters._wire_fields = frozenset(MessageActivityReportFilters._wire_names.values())
MessageActivityReportFilters._decoders = {
    "filters": _decode_filters,
}
MessageActivityReportFilters._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.message_activity_report_filters_filters import MessageActivityReportFiltersFilters  # noqa: E402
