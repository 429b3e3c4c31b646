from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
)

from ..models.custom_report_frequencies_enum import CustomReportFrequenciesEnum
from ..types import UNSET, Unset


@_attrs_define
class CustomReportScheduling(WireModel):
    """
    Attributes:
        frequency (CustomReportFrequenciesEnum | Unset):
    """

    frequency: CustomReportFrequenciesEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_frequency(json_value_: Any) -> CustomReportFrequenciesEnum | Unset:
    _frequency = json_value_
    frequency: CustomReportFrequenciesEnum | Unset
    if isinstance(_frequency, Unset):
        frequency = UNSET
    else:
        frequency = CustomReportFrequenciesEnum(_frequency)

    return frequency


def _from_dict(cls: type[CustomReportScheduling], src_dict: Mapping[str, Any]) -> CustomReportScheduling:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("frequency", UNSET)
    if type(value) is str:
        try:
            self.frequency = _members_frequency[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.frequency = CustomReportFrequenciesEnum(value)
    elif absent(value):
        self.frequency = value
    else:
        try:
            self.frequency = _decode_frequency(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "frequency", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomReportScheduling._wire_fields}


setattr(CustomReportScheduling, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomReportScheduling._wire_names = {
    "frequency": "frequency",
}
CustomReportScheduling._wire_fields = frozenset(CustomReportScheduling._wire_names.values())
CustomReportScheduling._decoders = {
    "frequency": _decode_frequency,
}
CustomReportScheduling._extra_decoder = _decode_additional_properties
_members_frequency = enum_members(CustomReportFrequenciesEnum)
