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
    wire_int,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_stats_country_statistics_price import SmsStatsCountryStatisticsPrice


@_attrs_define
class SmsStatsCountryStatistics(WireModel):
    """SMS message statistics per country

    Attributes:
        country_code (str | Unset): Country code Example: PL.
        recipients (int | Unset): The number of recipients Example: 1.
        sms_count (int | Unset): The number of messages sent Example: 1.
        price (SmsStatsCountryStatisticsPrice | Unset): Pricing details
    """

    country_code: str | Unset = UNSET
    recipients: int | Unset = UNSET
    sms_count: int | Unset = UNSET
    price: SmsStatsCountryStatisticsPrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_price(json_value_: Any) -> SmsStatsCountryStatisticsPrice | Unset:
    _price = json_value_
    price: SmsStatsCountryStatisticsPrice | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = SmsStatsCountryStatisticsPrice.from_dict(_price)

    return price


def _from_dict(cls: type[SmsStatsCountryStatistics], src_dict: Mapping[str, Any]) -> SmsStatsCountryStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.country_code = get("countryCode", UNSET)
    value = get("recipients", UNSET)
    if type(value) is int or absent(value):
        self.recipients = value
    else:
        try:
            self.recipients = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "recipients", value, error)
    value = get("smsCount", UNSET)
    if type(value) is int or absent(value):
        self.sms_count = value
    else:
        try:
            self.sms_count = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "sms_count", value, error)
    value = get("price", UNSET)
    if type(value) is dict:
        self.price = SmsStatsCountryStatisticsPrice.from_dict(value)
    elif absent(value):
        self.price = value
    else:
        try:
            self.price = _decode_price(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "price", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsCountryStatistics._wire_fields}


setattr(SmsStatsCountryStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsStatsCountryStatistics._wire_names = {
    "country_code": "countryCode",
    "recipients": "recipients",
    "sms_count": "smsCount",
    "price": "price",
}
SmsStatsCountryStatistics._wire_fields = frozenset(SmsStatsCountryStatistics._wire_names.values())
SmsStatsCountryStatistics._decoders = {
    "country_code": None,
    "recipients": wire_int,
    "sms_count": wire_int,
    "price": _decode_price,
}
SmsStatsCountryStatistics._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_stats_country_statistics_price import SmsStatsCountryStatisticsPrice  # noqa: E402
