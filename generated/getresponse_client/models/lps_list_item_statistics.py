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
class LpsListItemStatistics(WireModel):
    """
    Attributes:
        visits (int | Unset): The number of browsing sessions initiated on your landing page Example: 9.
        leads (int | Unset): Number of leads Example: 5.
        subscription_rate (int | Unset): The number of leads divided by the number of visitors, shown as a percentage
            Example: 52.
    """

    visits: int | Unset = UNSET
    leads: int | Unset = UNSET
    subscription_rate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[LpsListItemStatistics], src_dict: Mapping[str, Any]) -> LpsListItemStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("visits", UNSET)
    if type(value) is int or absent(value):
        self.visits = value
    else:
        try:
            self.visits = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "visits", value, error)
    value = get("leads", UNSET)
    if type(value) is int or absent(value):
        self.leads = value
    else:
        try:
            self.leads = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "leads", value, error)
    value = get("subscriptionRate", UNSET)
    if type(value) is int or absent(value):
        self.subscription_rate = value
    else:
        try:
            self.subscription_rate = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscription_rate", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LpsListItemStatistics._wire_fields}


setattr(LpsListItemStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
LpsListItemStatistics._wire_names = {
    "visits": "visits",
    "leads": "leads",
    "subscription_rate": "subscriptionRate",
}
LpsListItemStatistics._wire_fields = frozenset(LpsListItemStatistics._wire_names.values())
LpsListItemStatistics._decoders = {
    "visits": wire_int,
    "leads": wire_int,
    "subscription_rate": wire_int,
}
LpsListItemStatistics._extra_decoder = _decode_additional_properties
