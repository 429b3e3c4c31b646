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
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
class AbtestsSubjectStatistics(WireModel):
    """
    Attributes:
        delivered (int | Unset): The total number of delivered messages Example: 10.
        open_rate (float | Unset): Percentage of messages that were opened Example: 20.52.
        click_rate (float | Unset): Percentage of messages links that were clicked Example: 5.12.
    """

    delivered: int | Unset = UNSET
    open_rate: float | Unset = UNSET
    click_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[AbtestsSubjectStatistics], src_dict: Mapping[str, Any]) -> AbtestsSubjectStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("delivered", UNSET)
    if type(value) is int or absent(value):
        self.delivered = value
    else:
        try:
            self.delivered = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "delivered", value, error)
    self.open_rate = get("openRate", UNSET)
    self.click_rate = get("clickRate", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectStatistics._wire_fields}


setattr(AbtestsSubjectStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AbtestsSubjectStatistics._wire_names = {
    "delivered": "delivered",
    "open_rate": "openRate",
    "click_rate": "clickRate",
}
AbtestsSubjectStatistics._wire_fields = frozenset(AbtestsSubjectStatistics._wire_names.values())
AbtestsSubjectStatistics._decoders = {
    "delivered": wire_int,
    "open_rate": None,
    "click_rate": None,
}
AbtestsSubjectStatistics._extra_decoder = _decode_additional_properties
