from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_lexpad import ExternalLexpad
    from ..models.newsletter_send_settings_details_send_on import NewsletterSendSettingsDetailsSendOn
    from .external_lexpad import ExternalLexpadDict
    from .newsletter_send_settings_details_send_on import NewsletterSendSettingsDetailsSendOnDict


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


def _decode_time_travel(json_value_: Any) -> StringBooleanEnum | Unset:
    _time_travel = json_value_
    time_travel: StringBooleanEnum | Unset
    if isinstance(_time_travel, Unset):
        time_travel = UNSET
    else:
        time_travel = StringBooleanEnum(_time_travel)

    return time_travel


def _decode_perfect_timing(json_value_: Any) -> StringBooleanEnum | Unset:
    _perfect_timing = json_value_
    perfect_timing: StringBooleanEnum | Unset
    if isinstance(_perfect_timing, Unset):
        perfect_timing = UNSET
    else:
        perfect_timing = StringBooleanEnum(_perfect_timing)

    return perfect_timing


def _decode_external_lexpad(json_value_: Any) -> ExternalLexpad | Unset:
    _external_lexpad = json_value_
    external_lexpad: ExternalLexpad | Unset
    if isinstance(_external_lexpad, Unset):
        external_lexpad = UNSET
    else:
        external_lexpad = ExternalLexpad.from_dict(_external_lexpad)

    return external_lexpad


def _decode_send_on(json_value_: Any) -> NewsletterSendSettingsDetailsSendOn | Unset:
    _send_on = json_value_
    send_on: NewsletterSendSettingsDetailsSendOn | Unset
    if isinstance(_send_on, Unset):
        send_on = UNSET
    else:
        send_on = NewsletterSendSettingsDetailsSendOn.from_dict(_send_on)

    return send_on


def _from_dict(cls: type[NewsletterSendSettingsDetails], src_dict: Mapping[str, Any]) -> NewsletterSendSettingsDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
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
    value = get("timeTravel", UNSET)
    if type(value) is str:
        try:
            self.time_travel = _members_time_travel[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.time_travel = StringBooleanEnum(value)
    elif absent(value):
        self.time_travel = value
    else:
        try:
            self.time_travel = _decode_time_travel(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_travel", value, error)
    value = get("perfectTiming", UNSET)
    if type(value) is str:
        try:
            self.perfect_timing = _members_perfect_timing[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.perfect_timing = StringBooleanEnum(value)
    elif absent(value):
        self.perfect_timing = value
    else:
        try:
            self.perfect_timing = _decode_perfect_timing(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "perfect_timing", value, error)
    value = get("externalLexpad", UNSET)
    if type(value) is dict:
        self.external_lexpad = ExternalLexpad.from_dict(value)
    elif absent(value):
        self.external_lexpad = value
    else:
        try:
            self.external_lexpad = _decode_external_lexpad(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "external_lexpad", value, error)
    value = get("sendOn", UNSET)
    if type(value) is dict:
        self.send_on = NewsletterSendSettingsDetailsSendOn.from_dict(value)
    elif absent(value):
        self.send_on = value
    else:
        try:
            self.send_on = _decode_send_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewsletterSendSettingsDetails._wire_fields}


class NewsletterSendSettingsDetailsDict(TypedDict, total=False):
    """NewsletterSendSettingsDetails as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    selectedCampaigns: list[str]
    selectedSegments: list[str]
    selectedSuppressions: list[str]
    excludedCampaigns: list[str]
    excludedSegments: list[str]
    selectedContacts: list[str]
    timeTravel: StringBooleanEnum | str
    perfectTiming: StringBooleanEnum | str
    externalLexpad: ExternalLexpad | ExternalLexpadDict
    sendOn: NewsletterSendSettingsDetailsSendOn | NewsletterSendSettingsDetailsSendOnDict


setattr(
    NewsletterSendSettingsDetails, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
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
}
NewsletterSendSettingsDetails._extra_decoder = _decode_additional_properties
_members_time_travel = enum_members(StringBooleanEnum)
_members_perfect_timing = enum_members(StringBooleanEnum)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.external_lexpad import ExternalLexpad  # noqa: E402
from ..models.newsletter_send_settings_details_send_on import NewsletterSendSettingsDetailsSendOn  # noqa: E402
