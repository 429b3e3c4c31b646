from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_stats_country_statistics import SmsStatsCountryStatistics
    from ..models.sms_stats_link import SmsStatsLink
    from ..models.sms_stats_total_price import SmsStatsTotalPrice


T = TypeVar("T", bound="SmsStats")


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

    def _encode(self) -> dict[str, Any]:
        sms_id = self.sms_id

        total_sms = self.total_sms

        total_recipients = self.total_recipients

        total_clicks = self.total_clicks

        total_unique_clicks = self.total_unique_clicks

        total_unsubscribes = self.total_unsubscribes

        total_delivered = self.total_delivered

        total_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_price, Unset):
            total_price = self.total_price.to_dict()

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        country_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country_statistics, Unset):
            country_statistics = self.country_statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smsId": sms_id,
            }
        )
        if total_sms is not UNSET:
            field_dict["totalSms"] = total_sms
        if total_recipients is not UNSET:
            field_dict["totalRecipients"] = total_recipients
        if total_clicks is not UNSET:
            field_dict["totalClicks"] = total_clicks
        if total_unique_clicks is not UNSET:
            field_dict["totalUniqueClicks"] = total_unique_clicks
        if total_unsubscribes is not UNSET:
            field_dict["totalUnsubscribes"] = total_unsubscribes
        if total_delivered is not UNSET:
            field_dict["totalDelivered"] = total_delivered
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if link is not UNSET:
            field_dict["link"] = link
        if country_statistics is not UNSET:
            field_dict["countryStatistics"] = country_statistics

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


def _encode_sms_id(self: SmsStats) -> Any:
    sms_id = self.sms_id
    return sms_id


def _encode_total_sms(self: SmsStats) -> Any:
    total_sms = self.total_sms
    return total_sms


def _encode_total_recipients(self: SmsStats) -> Any:
    total_recipients = self.total_recipients
    return total_recipients


def _encode_total_clicks(self: SmsStats) -> Any:
    total_clicks = self.total_clicks
    return total_clicks


def _encode_total_unique_clicks(self: SmsStats) -> Any:
    total_unique_clicks = self.total_unique_clicks
    return total_unique_clicks


def _encode_total_unsubscribes(self: SmsStats) -> Any:
    total_unsubscribes = self.total_unsubscribes
    return total_unsubscribes


def _encode_total_delivered(self: SmsStats) -> Any:
    total_delivered = self.total_delivered
    return total_delivered


def _decode_total_price(json_value_: Any) -> SmsStatsTotalPrice | Unset:
    _total_price = json_value_
    total_price: SmsStatsTotalPrice | Unset
    if isinstance(_total_price, Unset):
        total_price = UNSET
    else:
        total_price = SmsStatsTotalPrice.from_dict(_total_price)

    return total_price


def _encode_total_price(self: SmsStats) -> Any:
    total_price: dict[str, Any] | Unset = UNSET
    if not isinstance(self.total_price, Unset):
        total_price = self.total_price.to_dict()
    return total_price


def _decode_link(json_value_: Any) -> SmsStatsLink | Unset:
    _link = json_value_
    link: SmsStatsLink | Unset
    if isinstance(_link, Unset):
        link = UNSET
    else:
        link = SmsStatsLink.from_dict(_link)

    return link


def _encode_link(self: SmsStats) -> Any:
    link: dict[str, Any] | Unset = UNSET
    if not isinstance(self.link, Unset):
        link = self.link.to_dict()
    return link


def _decode_country_statistics(json_value_: Any) -> SmsStatsCountryStatistics | Unset:
    _country_statistics = json_value_
    country_statistics: SmsStatsCountryStatistics | Unset
    if isinstance(_country_statistics, Unset):
        country_statistics = UNSET
    else:
        country_statistics = SmsStatsCountryStatistics.from_dict(_country_statistics)

    return country_statistics


def _encode_country_statistics(self: SmsStats) -> Any:
    country_statistics: dict[str, Any] | Unset = UNSET
    if not isinstance(self.country_statistics, Unset):
        country_statistics = self.country_statistics.to_dict()
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
    self.sms_id = get("smsId", UNSET)
    self.total_sms = get("totalSms", UNSET)
    self.total_recipients = get("totalRecipients", UNSET)
    self.total_clicks = get("totalClicks", UNSET)
    self.total_unique_clicks = get("totalUniqueClicks", UNSET)
    self.total_unsubscribes = get("totalUnsubscribes", UNSET)
    self.total_delivered = get("totalDelivered", UNSET)
    value = get("totalPrice", UNSET)
    if absent(value):
        self.total_price = value
    else:
        try:
            self.total_price = _decode_total_price(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total_price", value, error)
    value = get("link", UNSET)
    if absent(value):
        self.link = value
    else:
        try:
            self.link = _decode_link(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "link", value, error)
    value = get("countryStatistics", UNSET)
    if absent(value):
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
    "total_sms": None,
    "total_recipients": None,
    "total_clicks": None,
    "total_unique_clicks": None,
    "total_unsubscribes": None,
    "total_delivered": None,
    "total_price": _decode_total_price,
    "link": _decode_link,
    "country_statistics": _decode_country_statistics,
}
SmsStats._encoders = {
    "sms_id": _encode_sms_id,
    "total_sms": _encode_total_sms,
    "total_recipients": _encode_total_recipients,
    "total_clicks": _encode_total_clicks,
    "total_unique_clicks": _encode_total_unique_clicks,
    "total_unsubscribes": _encode_total_unsubscribes,
    "total_delivered": _encode_total_delivered,
    "total_price": _encode_total_price,
    "link": _encode_link,
    "country_statistics": _encode_country_statistics,
}
SmsStats._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_stats_country_statistics import SmsStatsCountryStatistics  # noqa: E402
from ..models.sms_stats_link import SmsStatsLink  # noqa: E402
from ..models.sms_stats_total_price import SmsStatsTotalPrice  # noqa: E402
