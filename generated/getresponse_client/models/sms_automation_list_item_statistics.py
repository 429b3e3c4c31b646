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
class SmsAutomationListItemStatistics(WireModel):
    """Automate SMS message statistics

    Attributes:
        sent (int | Unset): The number od sent automated SMS messages Example: 12.
        delivered (int | Unset): The number of delivered automated SMS messages Example: 10.
        clicks (int | Unset): The number of automated SMS link clicks Example: 8.
    """

    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[SmsAutomationListItemStatistics], src_dict: Mapping[str, Any]
) -> SmsAutomationListItemStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("sent", UNSET)
    if type(value) is int or absent(value):
        self.sent = value
    else:
        try:
            self.sent = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "sent", value, error)
    value = get("delivered", UNSET)
    if type(value) is int or absent(value):
        self.delivered = value
    else:
        try:
            self.delivered = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "delivered", value, error)
    value = get("clicks", UNSET)
    if type(value) is int or absent(value):
        self.clicks = value
    else:
        try:
            self.clicks = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "clicks", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsAutomationListItemStatistics._wire_fields}


setattr(
    SmsAutomationListItemStatistics, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SmsAutomationListItemStatistics._wire_names = {
    "sent": "sent",
    "delivered": "delivered",
    "clicks": "clicks",
}
SmsAutomationListItemStatistics._wire_fields = frozenset(SmsAutomationListItemStatistics._wire_names.values())
SmsAutomationListItemStatistics._decoders = {
    "sent": wire_int,
    "delivered": wire_int,
    "clicks": wire_int,
}
SmsAutomationListItemStatistics._extra_decoder = _decode_additional_properties
