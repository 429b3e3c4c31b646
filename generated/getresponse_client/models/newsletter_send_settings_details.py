from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_lexpad import ExternalLexpad
    from ..models.newsletter_send_settings_details_send_on import NewsletterSendSettingsDetailsSendOn
    from .external_lexpad import ExternalLexpadDict
    from .newsletter_send_settings_details_send_on import NewsletterSendSettingsDetailsSendOnDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.external_lexpad import ExternalLexpad  # noqa: E402
from ..models.newsletter_send_settings_details_send_on import NewsletterSendSettingsDetailsSendOn  # noqa: E402

bind_fields(
    NewsletterSendSettingsDetails,
    {
        "selected_campaigns": WireField("selectedCampaigns", decode=_decode_selected_campaigns, keep=True),
        "selected_segments": WireField("selectedSegments", decode=_decode_selected_segments, keep=True),
        "selected_suppressions": WireField("selectedSuppressions", decode=_decode_selected_suppressions, keep=True),
        "excluded_campaigns": WireField("excludedCampaigns", decode=_decode_excluded_campaigns, keep=True),
        "excluded_segments": WireField("excludedSegments", decode=_decode_excluded_segments, keep=True),
        "selected_contacts": WireField("selectedContacts", decode=_decode_selected_contacts, keep=True),
        "time_travel": WireField("timeTravel", enum=StringBooleanEnum),
        "perfect_timing": WireField("perfectTiming", enum=StringBooleanEnum),
        "external_lexpad": WireField("externalLexpad", decode=ExternalLexpad.from_dict, keep=True),
        "send_on": WireField("sendOn", decode=NewsletterSendSettingsDetailsSendOn.from_dict, keep=True),
    },
    additional_properties=True,
)
