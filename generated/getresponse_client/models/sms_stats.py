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
    from ..models.sms_stats_country_statistics import SmsStatsCountryStatistics
    from ..models.sms_stats_link import SmsStatsLink
    from ..models.sms_stats_total_price import SmsStatsTotalPrice


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_stats_country_statistics import SmsStatsCountryStatistics  # noqa: E402
from ..models.sms_stats_link import SmsStatsLink  # noqa: E402
from ..models.sms_stats_total_price import SmsStatsTotalPrice  # noqa: E402

bind_fields(
    SmsStats,
    {
        "sms_id": WireField("smsId", required=True),
        "total_sms": WireField("totalSms", decode=wire_int),
        "total_recipients": WireField("totalRecipients", decode=wire_int),
        "total_clicks": WireField("totalClicks", decode=wire_int),
        "total_unique_clicks": WireField("totalUniqueClicks", decode=wire_int),
        "total_unsubscribes": WireField("totalUnsubscribes", decode=wire_int),
        "total_delivered": WireField("totalDelivered", decode=wire_int),
        "total_price": WireField("totalPrice", decode=SmsStatsTotalPrice.from_dict, keep=True),
        "link": WireField("link", decode=SmsStatsLink.from_dict, keep=True),
        "country_statistics": WireField("countryStatistics", decode=SmsStatsCountryStatistics.from_dict, keep=True),
    },
    additional_properties=True,
)
