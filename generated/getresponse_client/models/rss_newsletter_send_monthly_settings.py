from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..models.rss_newsletter_send_monthly_settings_send_at_month_day_type_1 import (
    RssNewsletterSendMonthlySettingsSendAtMonthDayType1,
)
from ..models.rss_newsletter_send_settings_details_filter import RssNewsletterSendSettingsDetailsFilter
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class RssNewsletterSendMonthlySettings(WireModel):
    """
    Attributes:
        frequency (str): When to send the message Example: asap.
        filter_ (RssNewsletterSendSettingsDetailsFilter): The filter settings for an RSS post
        send_at_hour (int): The hour when the message should be sent
        send_at_month_day (Any | RssNewsletterSendMonthlySettingsSendAtMonthDayType1): The day of the month when the
            message should be sent or 31 representing last day of month
        max_articles (int | Unset): How many articles to display in a list
        selected_campaigns (list[str] | Unset): A one-element array containing the Campaign ID to filter subscribers.
        selected_segments (list[str] | Unset): The list of segment IDs to choose subscribers from.
        selected_suppressions (list[str] | Unset): The list of suppression IDs to exclude subscribers.
        excluded_campaigns (list[str] | Unset): The list of campaign IDs to exclude subscribers.
        excluded_segments (list[str] | Unset): The list of segment IDs to exclude subscribers.
        selected_contacts (list[str] | Unset): The list of selected contacts.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    frequency: str
    filter_: RssNewsletterSendSettingsDetailsFilter
    send_at_hour: int
    send_at_month_day: Any | RssNewsletterSendMonthlySettingsSendAtMonthDayType1
    max_articles: int | Unset = UNSET
    selected_campaigns: list[str] | Unset = UNSET
    selected_segments: list[str] | Unset = UNSET
    selected_suppressions: list[str] | Unset = UNSET
    excluded_campaigns: list[str] | Unset = UNSET
    excluded_segments: list[str] | Unset = UNSET
    selected_contacts: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_send_at_month_day(json_value_: Any) -> Any | RssNewsletterSendMonthlySettingsSendAtMonthDayType1:
    def _parse_send_at_month_day(data: object) -> Any | RssNewsletterSendMonthlySettingsSendAtMonthDayType1:
        try:
            if not isinstance(data, int):
                raise TypeError()
            send_at_month_day_type_1 = RssNewsletterSendMonthlySettingsSendAtMonthDayType1(data)

            return send_at_month_day_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Any | RssNewsletterSendMonthlySettingsSendAtMonthDayType1, data)

    send_at_month_day = _parse_send_at_month_day(json_value_)

    return send_at_month_day


def _decode_selected_campaigns(json_value_: Any) -> list[str] | Unset:
    selected_campaigns = cast(list[str], json_value_)

    return selected_campaigns


def _decode_selected_segments(json_value_: Any) -> list[str] | Unset:
    selected_segments = cast(list[str], json_value_)

    return selected_segments


def _decode_selected_suppressions(json_value_: Any) -> list[str] | Unset:
    selected_suppressions = cast(list[str], json_value_)

    return selected_suppressions


def _decode_excluded_campaigns(json_value_: Any) -> list[str] | Unset:
    excluded_campaigns = cast(list[str], json_value_)

    return excluded_campaigns


def _decode_excluded_segments(json_value_: Any) -> list[str] | Unset:
    excluded_segments = cast(list[str], json_value_)

    return excluded_segments


def _decode_selected_contacts(json_value_: Any) -> list[str] | Unset:
    selected_contacts = cast(list[str], json_value_)

    return selected_contacts


bind_fields(
    RssNewsletterSendMonthlySettings,
    {
        "frequency": WireField("frequency", required=True),
        "filter_": WireField("filter", required=True, enum=RssNewsletterSendSettingsDetailsFilter),
        "send_at_hour": WireField("sendAtHour", required=True, decode=wire_int),
        "send_at_month_day": WireField("sendAtMonthDay", required=True, decode=_decode_send_at_month_day, keep=True),
        "max_articles": WireField("maxArticles", decode=wire_int),
        "selected_campaigns": WireField("selectedCampaigns", decode=_decode_selected_campaigns, keep=True),
        "selected_segments": WireField("selectedSegments", decode=_decode_selected_segments, keep=True),
        "selected_suppressions": WireField("selectedSuppressions", decode=_decode_selected_suppressions, keep=True),
        "excluded_campaigns": WireField("excludedCampaigns", decode=_decode_excluded_campaigns, keep=True),
        "excluded_segments": WireField("excludedSegments", decode=_decode_excluded_segments, keep=True),
        "selected_contacts": WireField("selectedContacts", decode=_decode_selected_contacts, keep=True),
    },
    additional_properties=True,
)
