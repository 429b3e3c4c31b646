from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_stats_country_statistics_price import SmsStatsCountryStatisticsPrice


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SmsStatsCountryStatistics(WireModel):
    """SMS message statistics per country

    Attributes:
        country_code (str | Unset): Country code Example: PL.
        recipients (int | Unset): The number of recipients Example: 1.
        sms_count (int | Unset): The number of messages sent Example: 1.
        price (SmsStatsCountryStatisticsPrice | Unset): Pricing details
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    country_code: str | Unset = UNSET
    recipients: int | Unset = UNSET
    sms_count: int | Unset = UNSET
    price: SmsStatsCountryStatisticsPrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_stats_country_statistics_price import SmsStatsCountryStatisticsPrice  # noqa: E402

bind_fields(
    SmsStatsCountryStatistics,
    {
        "country_code": WireField("countryCode"),
        "recipients": WireField("recipients", decode=wire_int),
        "sms_count": WireField("smsCount", decode=wire_int),
        "price": WireField("price", decode=SmsStatsCountryStatisticsPrice.from_dict, keep=True),
    },
    additional_properties=True,
)
