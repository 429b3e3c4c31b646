from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
    wire_int,
)

from ..models.rss_newsletter_list_send_weekly_settings_send_at_week_day import (
    RssNewsletterListSendWeeklySettingsSendAtWeekDay,
)
from ..models.rss_newsletter_send_settings_listing_filter import RssNewsletterSendSettingsListingFilter
from ..types import UNSET, Unset


@_attrs_define
class RssNewsletterListSendWeeklySettings(WireModel):
    """
    Attributes:
        frequency (str): When to send the message Example: asap.
        filter_ (RssNewsletterSendSettingsListingFilter): The filter settings for an RSS post
        send_at_hour (int): The hour when the message should be sent
        send_at_week_day (RssNewsletterListSendWeeklySettingsSendAtWeekDay): The day of the week when the message should
            be sent
        max_articles (int | Unset): How many articles to display in a list
        selected_campaigns (list[str] | Unset): A one-element array containing the Campaign ID to filter subscribers.
        selected_segments (list[str] | Unset): The list of segment IDs to choose subscribers from.
        selected_suppressions (list[str] | Unset): The list of suppression IDs to exclude subscribers.
        excluded_campaigns (list[str] | Unset): The list of campaign IDs to exclude subscribers.
        excluded_segments (list[str] | Unset): The list of segment IDs to exclude subscribers.
    """

    frequency: str
    filter_: RssNewsletterSendSettingsListingFilter
    send_at_hour: int
    send_at_week_day: RssNewsletterListSendWeeklySettingsSendAtWeekDay
    max_articles: int | Unset = UNSET
    selected_campaigns: list[str] | Unset = UNSET
    selected_segments: list[str] | Unset = UNSET
    selected_suppressions: list[str] | Unset = UNSET
    excluded_campaigns: list[str] | Unset = UNSET
    excluded_segments: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_filter_(json_value_: Any) -> RssNewsletterSendSettingsListingFilter:
    filter_ = RssNewsletterSendSettingsListingFilter(json_value_)

    return filter_


def _decode_send_at_week_day(json_value_: Any) -> RssNewsletterListSendWeeklySettingsSendAtWeekDay:
    send_at_week_day = RssNewsletterListSendWeeklySettingsSendAtWeekDay(json_value_)

    return send_at_week_day


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


def _from_dict(
    cls: type[RssNewsletterListSendWeeklySettings], src_dict: Mapping[str, Any]
) -> RssNewsletterListSendWeeklySettings:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("frequency", UNSET)
    if value is UNSET:
        not_in_response(self, "frequency")
    else:
        self.frequency = value
    value = get("filter", UNSET)
    if value is UNSET:
        not_in_response(self, "filter_")
    elif type(value) is str:
        try:
            self.filter_ = _members_filter_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.filter_ = RssNewsletterSendSettingsListingFilter(value)
    elif absent(value):
        self.filter_ = value
    else:
        try:
            self.filter_ = _decode_filter_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "filter_", value, error)
    value = get("sendAtHour", UNSET)
    if value is UNSET:
        not_in_response(self, "send_at_hour")
    elif type(value) is int or absent(value):
        self.send_at_hour = value
    else:
        try:
            self.send_at_hour = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_at_hour", value, error)
    value = get("sendAtWeekDay", UNSET)
    if value is UNSET:
        not_in_response(self, "send_at_week_day")
    elif type(value) is str:
        try:
            self.send_at_week_day = _members_send_at_week_day[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.send_at_week_day = RssNewsletterListSendWeeklySettingsSendAtWeekDay(value)
    elif absent(value):
        self.send_at_week_day = value
    else:
        try:
            self.send_at_week_day = _decode_send_at_week_day(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_at_week_day", value, error)
    value = get("maxArticles", UNSET)
    if type(value) is int or absent(value):
        self.max_articles = value
    else:
        try:
            self.max_articles = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "max_articles", value, error)
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RssNewsletterListSendWeeklySettings._wire_fields}


setattr(
    RssNewsletterListSendWeeklySettings, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
RssNewsletterListSendWeeklySettings._wire_names = {
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
}
RssNewsletterListSendWeeklySettings._wire_fields = frozenset(RssNewsletterListSendWeeklySettings._wire_names.values())
RssNewsletterListSendWeeklySettings._decoders = {
    "frequency": None,
    "filter_": _decode_filter_,
    "send_at_hour": wire_int,
    "send_at_week_day": _decode_send_at_week_day,
    "max_articles": wire_int,
    "selected_campaigns": _decode_selected_campaigns,
    "selected_segments": _decode_selected_segments,
    "selected_suppressions": _decode_selected_suppressions,
    "excluded_campaigns": _decode_excluded_campaigns,
    "excluded_segments": _decode_excluded_segments,
}
RssNewsletterListSendWeeklySettings._extra_decoder = _decode_additional_properties
_members_filter_ = enum_members(RssNewsletterSendSettingsListingFilter)
_members_send_at_week_day = enum_members(RssNewsletterListSendWeeklySettingsSendAtWeekDay)
