from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.rss_newsletter_send_settings_details_filter import RssNewsletterSendSettingsDetailsFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="RssNewsletterSendSettingsDetails")


@_attrs_define
class RssNewsletterSendSettingsDetails(WireModel):
    """
    Attributes:
        frequency (str): When to send the message Example: asap.
        filter_ (RssNewsletterSendSettingsDetailsFilter): The filter settings for an RSS post
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


def _decode_frequency(d: Mapping[str, Any]) -> str:
    frequency: str = d["frequency"]
    return frequency


def _decode_filter_(d: Mapping[str, Any]) -> RssNewsletterSendSettingsDetailsFilter:
    filter_ = RssNewsletterSendSettingsDetailsFilter(d["filter"])

    return filter_


def _decode_max_articles(d: Mapping[str, Any]) -> int | Unset:
    max_articles: int | Unset = d.get("maxArticles", UNSET)
    return max_articles


def _decode_selected_campaigns(d: Mapping[str, Any]) -> list[str] | Unset:
    selected_campaigns = cast(list[str], d.get("selectedCampaigns", UNSET))

    return selected_campaigns


def _decode_selected_segments(d: Mapping[str, Any]) -> list[str] | Unset:
    selected_segments = cast(list[str], d.get("selectedSegments", UNSET))

    return selected_segments


def _decode_selected_suppressions(d: Mapping[str, Any]) -> list[str] | Unset:
    selected_suppressions = cast(list[str], d.get("selectedSuppressions", UNSET))

    return selected_suppressions


def _decode_excluded_campaigns(d: Mapping[str, Any]) -> list[str] | Unset:
    excluded_campaigns = cast(list[str], d.get("excludedCampaigns", UNSET))

    return excluded_campaigns


def _decode_excluded_segments(d: Mapping[str, Any]) -> list[str] | Unset:
    excluded_segments = cast(list[str], d.get("excludedSegments", UNSET))

    return excluded_segments


def _decode_selected_contacts(d: Mapping[str, Any]) -> list[str] | Unset:
    selected_contacts = cast(list[str], d.get("selectedContacts", UNSET))

    return selected_contacts


def _encode_frequency(self: RssNewsletterSendSettingsDetails) -> Any:
    frequency = self.frequency
    return frequency


def _encode_filter_(self: RssNewsletterSendSettingsDetails) -> Any:
    filter_ = self.filter_.value
    return filter_


def _encode_max_articles(self: RssNewsletterSendSettingsDetails) -> Any:
    max_articles = self.max_articles
    return max_articles


def _encode_selected_campaigns(self: RssNewsletterSendSettingsDetails) -> Any:
    selected_campaigns: list[str] | Unset = UNSET
    if not isinstance(self.selected_campaigns, Unset):
        selected_campaigns = self.selected_campaigns

    return selected_campaigns


def _encode_selected_segments(self: RssNewsletterSendSettingsDetails) -> Any:
    selected_segments: list[str] | Unset = UNSET
    if not isinstance(self.selected_segments, Unset):
        selected_segments = self.selected_segments

    return selected_segments


def _encode_selected_suppressions(self: RssNewsletterSendSettingsDetails) -> Any:
    selected_suppressions: list[str] | Unset = UNSET
    if not isinstance(self.selected_suppressions, Unset):
        selected_suppressions = self.selected_suppressions

    return selected_suppressions


def _encode_excluded_campaigns(self: RssNewsletterSendSettingsDetails) -> Any:
    excluded_campaigns: list[str] | Unset = UNSET
    if not isinstance(self.excluded_campaigns, Unset):
        excluded_campaigns = self.excluded_campaigns

    return excluded_campaigns


def _encode_excluded_segments(self: RssNewsletterSendSettingsDetails) -> Any:
    excluded_segments: list[str] | Unset = UNSET
    if not isinstance(self.excluded_segments, Unset):
        excluded_segments = self.excluded_segments

    return excluded_segments


def _encode_selected_contacts(self: RssNewsletterSendSettingsDetails) -> Any:
    selected_contacts: list[str] | Unset = UNSET
    if not isinstance(self.selected_contacts, Unset):
        selected_contacts = self.selected_contacts

    return selected_contacts


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RssNewsletterSendSettingsDetails._wire_fields}


RssNewsletterSendSettingsDetails._wire_names = {
    "frequency": "frequency",
    "filter_": "filter",
    "max_articles": "maxArticles",
    "selected_campaigns": "selectedCampaigns",
    "selected_segments": "selectedSegments",
    "selected_suppressions": "selectedSuppressions",
    "excluded_campaigns": "excludedCampaigns",
    "excluded_segments": "excludedSegments",
    "selected_contacts": "selectedContacts",
}
RssNewsletterSendSettingsDetails._wire_fields = frozenset(RssNewsletterSendSettingsDetails._wire_names.values())
RssNewsletterSendSettingsDetails._decoders = {
    "frequency": _decode_frequency,
    "filter_": _decode_filter_,
    "max_articles": _decode_max_articles,
    "selected_campaigns": _decode_selected_campaigns,
    "selected_segments": _decode_selected_segments,
    "selected_suppressions": _decode_selected_suppressions,
    "excluded_campaigns": _decode_excluded_campaigns,
    "excluded_segments": _decode_excluded_segments,
    "selected_contacts": _decode_selected_contacts,
    "additional_properties": _decode_additional_properties,
}
RssNewsletterSendSettingsDetails._encoders = {
    "frequency": _encode_frequency,
    "filter_": _encode_filter_,
    "max_articles": _encode_max_articles,
    "selected_campaigns": _encode_selected_campaigns,
    "selected_segments": _encode_selected_segments,
    "selected_suppressions": _encode_selected_suppressions,
    "excluded_campaigns": _encode_excluded_campaigns,
    "excluded_segments": _encode_excluded_segments,
    "selected_contacts": _encode_selected_contacts,
}
