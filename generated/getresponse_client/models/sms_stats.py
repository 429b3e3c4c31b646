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
    not_in_response,
    wire_int,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_stats_country_statistics import SmsStatsCountryStatistics
    from ..models.sms_stats_link import SmsStatsLink
    from ..models.sms_stats_total_price import SmsStatsTotalPrice


@_attrs_define
class SmsStats(WireModel):
    """
    Attributes:
        sms_id (str): The SMS message ID Example: PvLI8C.
        total_sms (int | Unset): The number of SMS messages sent Example: 1.
        total_recipients (int | Unset): The number of recipients Example: 1.
        total_clicks (int | Unset): The number of link clicks from an SMS message Example: 1.
        total_unique_clicks (int | Unset): The number of total unique link clicks from an SMS message Example: 1.
        total_unsubscribes (int | Unset): The number of opt-outs from an SMS message Example: 1.
        total_delivered (int | Unset): The number of delivered SMS messages Example: 1.
        total_price (SmsStatsTotalPrice | Unset): Cost details of a specific SMS
        link (SmsStatsLink | Unset): Link details
        country_statistics (SmsStatsCountryStatistics | Unset): SMS message statistics per country
    """

    sms_id: str
    total_sms: int | Unset = UNSET
    total_recipients: int | Unset = UNSET
    total_clicks: int | Unset = UNSET
    total_unique_clicks: int | Unset = UNSET
    total_unsubscribes: int | Unset = UNSET
    total_delivered: int | Unset = UNSET
    total_price: SmsStatsTotalPrice | Unset = UNSET
    link: SmsStatsLink | Unset = UNSET
    country_statistics: SmsStatsCountryStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_total_price(json_value_: Any) -> SmsStatsTotalPrice | Unset:
    _total_price = json_value_
    total_price: SmsStatsTotalPrice | Unset
    if isinstance(_total_price, Unset):
        total_price = UNSET
    else:
        total_price = SmsStatsTotalPrice.from_dict(_total_price)

    return total_price


def _decode_link(json_value_: Any) -> SmsStatsLink | Unset:
    _link = json_value_
    link: SmsStatsLink | Unset
    if isinstance(_link, Unset):
        link = UNSET
    else:
        link = SmsStatsLink.from_dict(_link)

    return link


def _decode_country_statistics(json_value_: Any) -> SmsStatsCountryStatistics | Unset:
    _country_statistics = json_value_
    country_statistics: SmsStatsCountryStatistics | Unset
    if isinstance(_country_statistics, Unset):
        country_statistics = UNSET
    else:
        country_statistics = SmsStatsCountryStatistics.from_dict(_country_statistics)

    return country_statistics


def _from_dict(cls: type[SmsStats], src_dict: Mapping[str, Any]) -> SmsStats:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("smsId", UNSET)
    if value is UNSET:
        not_in_response(self, "sms_id")
    else:
        self.sms_id = value
    value = get("totalSms", UNSET)
    if type(value) is int or absent(value):
        self.total_sms = value
    else:
        try:
            self.total_sms = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_sms", value, error)
    value = get("totalRecipients", UNSET)
    if type(value) is int or absent(value):
        self.total_recipients = value
    else:
        try:
            self.total_recipients = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_recipients", value, error)
    value = get("totalClicks", UNSET)
    if type(value) is int or absent(value):
        self.total_clicks = value
    else:
        try:
            self.total_clicks = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_clicks", value, error)
    value = get("totalUniqueClicks", UNSET)
    if type(value) is int or absent(value):
        self.total_unique_clicks = value
    else:
        try:
            self.total_unique_clicks = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_unique_clicks", value, error)
    value = get("totalUnsubscribes", UNSET)
    if type(value) is int or absent(value):
        self.total_unsubscribes = value
    else:
        try:
            self.total_unsubscribes = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_unsubscribes", value, error)
    value = get("totalDelivered", UNSET)
    if type(value) is int or absent(value):
        self.total_delivered = value
    else:
        try:
            self.total_delivered = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_delivered", value, error)
    value = get("totalPrice", UNSET)
    if type(value) is dict:
        self.total_price = SmsStatsTotalPrice.from_dict(value)
    elif absent(value):
        self.total_price = value
    else:
        try:
            self.total_price = _decode_total_price(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_price", value, error)
    value = get("link", UNSET)
    if type(value) is dict:
        self.link = SmsStatsLink.from_dict(value)
    elif absent(value):
        self.link = value
    else:
        try:
            self.link = _decode_link(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "link", value, error)
    value = get("countryStatistics", UNSET)
    if type(value) is dict:
        self.country_statistics = SmsStatsCountryStatistics.from_dict(value)
    elif absent(value):
        self.country_statistics = value
    else:
        try:
            self.country_statistics = _decode_country_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "country_statistics", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStats._wire_fields}


setattr(SmsStats, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsStats._wire_names = {
    "sms_id": "smsId",
    "total_sms": "totalSms",
    "total_recipients": "totalRecipients",
    "total_clicks": "totalClicks",
    "total_unique_clicks": "totalUniqueClicks",
    "total_unsubscribes": "totalUnsubscribes",
    "total_delivered": "totalDelivered",
    "total_price": "totalPrice",
    "link": "link",
    "country_statistics": "countryStatistics",
}
SmsStats._wire_fields = frozenset(SmsStats._wire_names.values())
SmsStats._decoders = {
    "sms_id": None,
    "total_sms": wire_int,
    "total_recipients": wire_int,
    "total_clicks": wire_int,
    "total_unique_clicks": wire_int,
    "total_unsubscribes": wire_int,
    "total_delivered": wire_int,
    "total_price": _decode_total_price,
    "link": _decode_link,
    "country_statistics": _decode_country_statistics,
}
SmsStats._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_stats_country_statistics import SmsStatsCountryStatistics  # noqa: E402
from ..models.sms_stats_link import SmsStatsLink  # noqa: E402
from ..models.sms_stats_total_price import SmsStatsTotalPrice  # noqa: E402
