from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.rss_newsletter_send_settings_details_filter import RssNewsletterSendSettingsDetailsFilter
from ..models.rss_newsletter_send_weekly_settings_send_at_week_day import RssNewsletterSendWeeklySettingsSendAtWeekDay
from ..types import UNSET, Unset

T = TypeVar("T", bound="RssNewsletterSendWeeklySettings")


@_attrs_define
class RssNewsletterSendWeeklySettings(WireModel):
    """
    Attributes:
        frequency (str): When to send the message Example: asap.
        filter_ (RssNewsletterSendSettingsDetailsFilter): The filter settings for an RSS post
        send_at_hour (int): The hour when the message should be sent
        send_at_week_day (RssNewsletterSendWeeklySettingsSendAtWeekDay): The day of the week when the message should be
            sent
        max_articles (int | Unset): How many articles to display in a list
        selected_campaigns (list[str] | Unset): A one-element array containing the Campaign ID to filter subscribers.
        selected_segments (list[str] | Unset): The list of segment IDs to choose subscribers from.
        selected_suppressions (list[str] | Unset): The list of suppression IDs to exclude subscribers.
        excluded_campaigns (list[str] | Unset): The list of campaign IDs to exclude subscribers.
        excluded_segments (list[str] | Unset): The list of segment IDs to exclude subscribers.
        selected_contacts (list[str] | Unset): The list of selected contacts.
    """

    frequency: str
    filter_: RssNewsletterSendSettingsDetailsFilter
    send_at_hour: int
    send_at_week_day: RssNewsletterSendWeeklySettingsSendAtWeekDay
    max_articles: int | Unset = UNSET
    selected_campaigns: list[str] | Unset = UNSET
    selected_segments: list[str] | Unset = UNSET
    selected_suppressions: list[str] | Unset = UNSET
    excluded_campaigns: list[str] | Unset = UNSET
    excluded_segments: list[str] | Unset = UNSET
    selected_contacts: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        frequency = self.frequency

        filter_ = self.filter_.value

        send_at_hour = self.send_at_hour

        send_at_week_day = self.send_at_week_day.value

        max_articles = self.max_articles

        selected_campaigns: list[str] | Unset = UNSET
        if not isinstance(self.selected_campaigns, Unset):
            selected_campaigns = self.selected_campaigns

        selected_segments: list[str] | Unset = UNSET
        if not isinstance(self.selected_segments, Unset):
            selected_segments = self.selected_segments

        selected_suppressions: list[str] | Unset = UNSET
        if not isinstance(self.selected_suppressions, Unset):
            selected_suppressions = self.selected_suppressions

        excluded_campaigns: list[str] | Unset = UNSET
        if not isinstance(self.excluded_campaigns, Unset):
            excluded_campaigns = self.excluded_campaigns

        excluded_segments: list[str] | Unset = UNSET
        if not isinstance(self.excluded_segments, Unset):
            excluded_segments = self.excluded_segments

        selected_contacts: list[str] | Unset = UNSET
        if not isinstance(self.selected_contacts, Unset):
            selected_contacts = self.selected_contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frequency": frequency,
                "filter": filter_,
                "sendAtHour": send_at_hour,
                "sendAtWeekDay": send_at_week_day,
            }
        )
        if max_articles is not UNSET:
            field_dict["maxArticles"] = max_articles
        if selected_campaigns is not UNSET:
            field_dict["selectedCampaigns"] = selected_campaigns
        if selected_segments is not UNSET:
            field_dict["selectedSegments"] = selected_segments
        if selected_suppressions is not UNSET:
            field_dict["selectedSuppressions"] = selected_suppressions
        if excluded_campaigns is not UNSET:
            field_dict["excludedCampaigns"] = excluded_campaigns
        if excluded_segments is not UNSET:
            field_dict["excludedSegments"] = excluded_segments
        if selected_contacts is not UNSET:
            field_dict["selectedContacts"] = selected_contacts

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


def _encode_frequency(self: RssNewsletterSendWeeklySettings) -> Any:
    frequency = self.frequency
    return frequency


def _decode_filter_(json_value_: Any) -> RssNewsletterSendSettingsDetailsFilter:
    filter_ = RssNewsletterSendSettingsDetailsFilter(json_value_)

    return filter_


def _encode_filter_(self: RssNewsletterSendWeeklySettings) -> Any:
    filter_ = self.filter_.value
    return filter_


def _encode_send_at_hour(self: RssNewsletterSendWeeklySettings) -> Any:
    send_at_hour = self.send_at_hour
    return send_at_hour


def _decode_send_at_week_day(json_value_: Any) -> RssNewsletterSendWeeklySettingsSendAtWeekDay:
    send_at_week_day = RssNewsletterSendWeeklySettingsSendAtWeekDay(json_value_)

    return send_at_week_day


def _encode_send_at_week_day(self: RssNewsletterSendWeeklySettings) -> Any:
    send_at_week_day = self.send_at_week_day.value
    return send_at_week_day


def _encode_max_articles(self: RssNewsletterSendWeeklySettings) -> Any:
    max_articles = self.max_articles
    return max_articles


def _decode_selected_campaigns(json_value_: Any) -> list[str] | Unset:
    selected_campaigns = cast(list[str], json_value_)

    return selected_campaigns


def _encode_selected_campaigns(self: RssNewsletterSendWeeklySettings) -> Any:
    selected_campaigns: list[str] | Unset = UNSET
    if not isinstance(self.selected_campaigns, Unset):
        selected_campaigns = self.selected_campaigns

    return selected_campaigns


def _decode_selected_segments(json_value_: Any) -> list[str] | Unset:
    selected_segments = cast(list[str], json_value_)

    return selected_segments


def _encode_selected_segments(self: RssNewsletterSendWeeklySettings) -> Any:
    selected_segments: list[str] | Unset = UNSET
    if not isinstance(self.selected_segments, Unset):
        selected_segments = self.selected_segments

    return selected_segments


def _decode_selected_suppressions(json_value_: Any) -> list[str] | Unset:
    selected_suppressions = cast(list[str], json_value_)

    return selected_suppressions


def _encode_selected_suppressions(self: RssNewsletterSendWeeklySettings) -> Any:
    selected_suppressions: list[str] | Unset = UNSET
    if not isinstance(self.selected_suppressions, Unset):
        selected_suppressions = self.selected_suppressions

    return selected_suppressions


def _decode_excluded_campaigns(json_value_: Any) -> list[str] | Unset:
    excluded_campaigns = cast(list[str], json_value_)

    return excluded_campaigns


def _encode_excluded_campaigns(self: RssNewsletterSendWeeklySettings) -> Any:
    excluded_campaigns: list[str] | Unset = UNSET
    if not isinstance(self.excluded_campaigns, Unset):
        excluded_campaigns = self.excluded_campaigns

    return excluded_campaigns


def _decode_excluded_segments(json_value_: Any) -> list[str] | Unset:
    excluded_segments = cast(list[str], json_value_)

    return excluded_segments


def _encode_excluded_segments(self: RssNewsletterSendWeeklySettings) -> Any:
    excluded_segments: list[str] | Unset = UNSET
    if not isinstance(self.excluded_segments, Unset):
        excluded_segments = self.excluded_segments

    return excluded_segments


def _decode_selected_contacts(json_value_: Any) -> list[str] | Unset:
    selected_contacts = cast(list[str], json_value_)

    return selected_contacts


def _encode_selected_contacts(self: RssNewsletterSendWeeklySettings) -> Any:
    selected_contacts: list[str] | Unset = UNSET
    if not isinstance(self.selected_contacts, Unset):
        selected_contacts = self.selected_contacts

    return selected_contacts


def _from_dict(
    cls: type[RssNewsletterSendWeeklySettings], src_dict: Mapping[str, Any]
) -> RssNewsletterSendWeeklySettings:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.frequency = get("frequency", UNSET)
    value = get("filter", UNSET)
    if absent(value):
        self.filter_ = value
    else:
        try:
            self.filter_ = _decode_filter_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "filter_", value, error)
    self.send_at_hour = get("sendAtHour", UNSET)
    value = get("sendAtWeekDay", UNSET)
    if absent(value):
        self.send_at_week_day = value
    else:
        try:
            self.send_at_week_day = _decode_send_at_week_day(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_at_week_day", value, error)
    self.max_articles = get("maxArticles", UNSET)
    value = get("selectedCampaigns", UNSET)
    if absent(value):
        self.selected_campaigns = value
    else:
        try:
            self.selected_campaigns = _decode_selected_campaigns(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "selected_campaigns", value, error)
    value = get("selectedSegments", UNSET)
    if absent(value):
        self.selected_segments = value
    else:
        try:
            self.selected_segments = _decode_selected_segments(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "selected_segments", value, error)
    value = get("selectedSuppressions", UNSET)
    if absent(value):
        self.selected_suppressions = value
    else:
        try:
            self.selected_suppressions = _decode_selected_suppressions(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "selected_suppressions", value, error)
    value = get("excludedCampaigns", UNSET)
    if absent(value):
        self.excluded_campaigns = value
    else:
        try:
            self.excluded_campaigns = _decode_excluded_campaigns(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "excluded_campaigns", value, error)
    value = get("excludedSegments", UNSET)
    if absent(value):
        self.excluded_segments = value
    else:
        try:
            self.excluded_segments = _decode_excluded_segments(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "excluded_segments", value, error)
    value = get("selectedContacts", UNSET)
    if absent(value):
        self.selected_contacts = value
    else:
        try:
            self.selected_contacts = _decode_selected_contacts(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "selected_contacts", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RssNewsletterSendWeeklySettings._wire_fields}


setattr(
    RssNewsletterSendWeeklySettings, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
RssNewsletterSendWeeklySettings._wire_names = {
    "frequency": "frequency",
    "filter_": "filter",
    "send_at_hour": "sendAtHour",
    "send_at_week_day": "sendAtWeekDay",
    "max_articles": "maxArticles",
    "selected_campaigns": "selectedCampaigns",
    "selected_segments": "selectedSegments",
    "selected_suppressions": "selectedSuppressions",
    "excluded_campaigns": "excludedCampaigns",
    "excluded_segments": "excludedSegments",
    "selected_contacts": "selectedContacts",
}
RssNewsletterSendWeeklySettings._wire_fields = frozenset(RssNewsletterSendWeeklySettings._wire_names.values())
RssNewsletterSendWeeklySettings._decoders = {
    "frequency": None,
    "filter_": _decode_filter_,
    "send_at_hour": None,
    "send_at_week_day": _decode_send_at_week_day,
    "max_articles": None,
    "selected_campaigns": _decode_selected_campaigns,
    "selected_segments": _decode_selected_segments,
    "selected_suppressions": _decode_selected_suppressions,
    "excluded_campaigns": _decode_excluded_campaigns,
    "excluded_segments": _decode_excluded_segments,
    "selected_contacts": _decode_selected_contacts,
}
RssNewsletterSendWeeklySettings._encoders = {
    "frequency": _encode_frequency,
    "filter_": _encode_filter_,
    "send_at_hour": _encode_send_at_hour,
    "send_at_week_day": _encode_send_at_week_day,
    "max_articles": _encode_max_articles,
    "selected_campaigns": _encode_selected_campaigns,
    "selected_segments": _encode_selected_segments,
    "selected_suppressions": _encode_selected_suppressions,
    "excluded_campaigns": _encode_excluded_campaigns,
    "excluded_segments": _encode_excluded_segments,
    "selected_contacts": _encode_selected_contacts,
}
RssNewsletterSendWeeklySettings._extra_decoder = _decode_additional_properties
