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
class FormStatistics(WireModel):
    """
    Attributes:
        visitors (int | Unset): The total number of form visitors Example: 4371.
        unique_visitors (int | Unset): The number of unique form visitors Example: 3865.
        subscribed (int | Unset): The number of visitors that subscribed using this form Example: 2594.
        subscription_rate (float | Unset): The ratio of subscribed to visitors Example: 0.59.
    """

    visitors: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    subscribed: int | Unset = UNSET
    subscription_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[FormStatistics], src_dict: Mapping[str, Any]) -> FormStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("visitors", UNSET)
    if type(value) is int or absent(value):
        self.visitors = value
    else:
        try:
            self.visitors = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "visitors", value, error)
    value = get("uniqueVisitors", UNSET)
    if type(value) is int or absent(value):
        self.unique_visitors = value
    else:
        try:
            self.unique_visitors = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unique_visitors", value, error)
    value = get("subscribed", UNSET)
    if type(value) is int or absent(value):
        self.subscribed = value
    else:
        try:
            self.subscribed = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscribed", value, error)
    self.subscription_rate = get("subscriptionRate", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FormStatistics._wire_fields}


setattr(FormStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FormStatistics._wire_names = {
    "visitors": "visitors",
    "unique_visitors": "uniqueVisitors",
    "subscribed": "subscribed",
    "subscription_rate": "subscriptionRate",
}
FormStatistics._wire_fields = frozenset(FormStatistics._wire_names.values())
FormStatistics._decoders = {
    "visitors": wire_int,
    "unique_visitors": wire_int,
    "subscribed": wire_int,
    "subscription_rate": None,
}
FormStatistics._extra_decoder = _decode_additional_properties
