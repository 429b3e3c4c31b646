from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_lexpad import ExternalLexpad
    from ..models.newsletter_send_settings_details_send_on import NewsletterSendSettingsDetailsSendOn


T = TypeVar("T", bound="NewsletterSendSettingsDetails")


@_attrs_define
class NewsletterSendSettingsDetails(WireModel):
    """
    Attributes:
        selected_campaigns (list[str] | Unset): The list of selected campaigns
        selected_segments (list[str] | Unset): The list of selected segments
        selected_suppressions (list[str] | Unset): The list of selected suppressions (suppressions exclude contacts)
        excluded_campaigns (list[str] | Unset): The list of excluded campaigns
        excluded_segments (list[str] | Unset): The list of excluded segments
        selected_contacts (list[str] | Unset): The list of selected contacts
        time_travel (StringBooleanEnum | Unset):
        perfect_timing (StringBooleanEnum | Unset):
        external_lexpad (ExternalLexpad | Unset): External Lexpad settings for the message, read more: External Lexpad
        send_on (NewsletterSendSettingsDetailsSendOn | Unset): The scheduled send date and time for the newsletter.
    """

    selected_campaigns: list[str] | Unset = UNSET
    selected_segments: list[str] | Unset = UNSET
    selected_suppressions: list[str] | Unset = UNSET
    excluded_campaigns: list[str] | Unset = UNSET
    excluded_segments: list[str] | Unset = UNSET
    selected_contacts: list[str] | Unset = UNSET
    time_travel: StringBooleanEnum | Unset = UNSET
    perfect_timing: StringBooleanEnum | Unset = UNSET
    external_lexpad: ExternalLexpad | Unset = UNSET
    send_on: NewsletterSendSettingsDetailsSendOn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
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

        time_travel: str | Unset = UNSET
        if not isinstance(self.time_travel, Unset):
            time_travel = self.time_travel.value

        perfect_timing: str | Unset = UNSET
        if not isinstance(self.perfect_timing, Unset):
            perfect_timing = self.perfect_timing.value

        external_lexpad: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_lexpad, Unset):
            external_lexpad = self.external_lexpad.to_dict()

        send_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_on, Unset):
            send_on = self.send_on.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if time_travel is not UNSET:
            field_dict["timeTravel"] = time_travel
        if perfect_timing is not UNSET:
            field_dict["perfectTiming"] = perfect_timing
        if external_lexpad is not UNSET:
            field_dict["externalLexpad"] = external_lexpad
        if send_on is not UNSET:
            field_dict["sendOn"] = send_on

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


def _decode_time_travel(d: Mapping[str, Any]) -> StringBooleanEnum | Unset:
    _time_travel = d.get("timeTravel", UNSET)
    time_travel: StringBooleanEnum | Unset
    if isinstance(_time_travel, Unset):
        time_travel = UNSET
    else:
        time_travel = StringBooleanEnum(_time_travel)

    return time_travel


def _decode_perfect_timing(d: Mapping[str, Any]) -> StringBooleanEnum | Unset:
    _perfect_timing = d.get("perfectTiming", UNSET)
    perfect_timing: StringBooleanEnum | Unset
    if isinstance(_perfect_timing, Unset):
        perfect_timing = UNSET
    else:
        perfect_timing = StringBooleanEnum(_perfect_timing)

    return perfect_timing


def _decode_external_lexpad(d: Mapping[str, Any]) -> ExternalLexpad | Unset:
    from ..models.external_lexpad import ExternalLexpad  # noqa: PLC0415

    _external_lexpad = d.get("externalLexpad", UNSET)
    external_lexpad: ExternalLexpad | Unset
    if isinstance(_external_lexpad, Unset):
        external_lexpad = UNSET
    else:
        external_lexpad = ExternalLexpad.from_dict(_external_lexpad)

    return external_lexpad


def _decode_send_on(d: Mapping[str, Any]) -> NewsletterSendSettingsDetailsSendOn | Unset:
    from ..models.newsletter_send_settings_details_send_on import NewsletterSendSettingsDetailsSendOn  # noqa: PLC0415

    _send_on = d.get("sendOn", UNSET)
    send_on: NewsletterSendSettingsDetailsSendOn | Unset
    if isinstance(_send_on, Unset):
        send_on = UNSET
    else:
        send_on = NewsletterSendSettingsDetailsSendOn.from_dict(_send_on)

    return send_on


def _encode_selected_campaigns(self: NewsletterSendSettingsDetails) -> Any:
    selected_campaigns: list[str] | Unset = UNSET
    if not isinstance(self.selected_campaigns, Unset):
        selected_campaigns = self.selected_campaigns

    return selected_campaigns


def _encode_selected_segments(self: NewsletterSendSettingsDetails) -> Any:
    selected_segments: list[str] | Unset = UNSET
    if not isinstance(self.selected_segments, Unset):
        selected_segments = self.selected_segments

    return selected_segments


def _encode_selected_suppressions(self: NewsletterSendSettingsDetails) -> Any:
    selected_suppressions: list[str] | Unset = UNSET
    if not isinstance(self.selected_suppressions, Unset):
        selected_suppressions = self.selected_suppressions

    return selected_suppressions


def _encode_excluded_campaigns(self: NewsletterSendSettingsDetails) -> Any:
    excluded_campaigns: list[str] | Unset = UNSET
    if not isinstance(self.excluded_campaigns, Unset):
        excluded_campaigns = self.excluded_campaigns

    return excluded_campaigns


def _encode_excluded_segments(self: NewsletterSendSettingsDetails) -> Any:
    excluded_segments: list[str] | Unset = UNSET
    if not isinstance(self.excluded_segments, Unset):
        excluded_segments = self.excluded_segments

    return excluded_segments


def _encode_selected_contacts(self: NewsletterSendSettingsDetails) -> Any:
    selected_contacts: list[str] | Unset = UNSET
    if not isinstance(self.selected_contacts, Unset):
        selected_contacts = self.selected_contacts

    return selected_contacts


def _encode_time_travel(self: NewsletterSendSettingsDetails) -> Any:
    time_travel: str | Unset = UNSET
    if not isinstance(self.time_travel, Unset):
        time_travel = self.time_travel.value

    return time_travel


def _encode_perfect_timing(self: NewsletterSendSettingsDetails) -> Any:
    perfect_timing: str | Unset = UNSET
    if not isinstance(self.perfect_timing, Unset):
        perfect_timing = self.perfect_timing.value

    return perfect_timing


def _encode_external_lexpad(self: NewsletterSendSettingsDetails) -> Any:
    external_lexpad: dict[str, Any] | Unset = UNSET
    if not isinstance(self.external_lexpad, Unset):
        external_lexpad = self.external_lexpad.to_dict()
    return external_lexpad


def _encode_send_on(self: NewsletterSendSettingsDetails) -> Any:
    send_on: dict[str, Any] | Unset = UNSET
    if not isinstance(self.send_on, Unset):
        send_on = self.send_on.to_dict()
    return send_on


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterSendSettingsDetails._wire_fields}


NewsletterSendSettingsDetails._wire_names = {
    "selected_campaigns": "selectedCampaigns",
    "selected_segments": "selectedSegments",
    "selected_suppressions": "selectedSuppressions",
    "excluded_campaigns": "excludedCampaigns",
    "excluded_segments": "excludedSegments",
    "selected_contacts": "selectedContacts",
    "time_travel": "timeTravel",
    "perfect_timing": "perfectTiming",
    "external_lexpad": "externalLexpad",
    "send_on": "sendOn",
}
NewsletterSendSettingsDetails._wire_fields = frozenset(NewsletterSendSettingsDetails._wire_names.values())
NewsletterSendSettingsDetails._decoders = {
    "selected_campaigns": _decode_selected_campaigns,
    "selected_segments": _decode_selected_segments,
    "selected_suppressions": _decode_selected_suppressions,
    "excluded_campaigns": _decode_excluded_campaigns,
    "excluded_segments": _decode_excluded_segments,
    "selected_contacts": _decode_selected_contacts,
    "time_travel": _decode_time_travel,
    "perfect_timing": _decode_perfect_timing,
    "external_lexpad": _decode_external_lexpad,
    "send_on": _decode_send_on,
    "additional_properties": _decode_additional_properties,
}
NewsletterSendSettingsDetails._encoders = {
    "selected_campaigns": _encode_selected_campaigns,
    "selected_segments": _encode_selected_segments,
    "selected_suppressions": _encode_selected_suppressions,
    "excluded_campaigns": _encode_excluded_campaigns,
    "excluded_segments": _encode_excluded_segments,
    "selected_contacts": _encode_selected_contacts,
    "time_travel": _encode_time_travel,
    "perfect_timing": _encode_perfect_timing,
    "external_lexpad": _encode_external_lexpad,
    "send_on": _encode_send_on,
}
