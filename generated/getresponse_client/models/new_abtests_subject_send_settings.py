from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewAbtestsSubjectSendSettings(WireModel):
    """The send settings for the A/B test

    Attributes:
        selected_campaigns (list[str] | Unset): A one-element array containing the Campaign ID to filter subscribers.
        selected_segments (list[str] | Unset): The list of segment IDs to choose subscribers from.
        selected_supressions (list[str] | Unset): The list of suppression IDs to exclude subscribers.
        excluded_campaigns (list[str] | Unset): The list of campaign IDs to exclude subscribers.
        excluded_segments (list[str] | Unset): The list of segment IDs to exclude subscribers.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    selected_campaigns: list[str] | Unset = UNSET
    selected_segments: list[str] | Unset = UNSET
    selected_supressions: list[str] | Unset = UNSET
    excluded_campaigns: list[str] | Unset = UNSET
    excluded_segments: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_selected_campaigns(json_value_: Any) -> list[str] | Unset:
    selected_campaigns = cast(list[str], json_value_)

    return selected_campaigns


def _decode_selected_segments(json_value_: Any) -> list[str] | Unset:
    selected_segments = cast(list[str], json_value_)

    return selected_segments


def _decode_selected_supressions(json_value_: Any) -> list[str] | Unset:
    selected_supressions = cast(list[str], json_value_)

    return selected_supressions


def _decode_excluded_campaigns(json_value_: Any) -> list[str] | Unset:
    excluded_campaigns = cast(list[str], json_value_)

    return excluded_campaigns


def _decode_excluded_segments(json_value_: Any) -> list[str] | Unset:
    excluded_segments = cast(list[str], json_value_)

    return excluded_segments


class NewAbtestsSubjectSendSettingsDict(TypedDict, total=False):
    """NewAbtestsSubjectSendSettings as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    selectedCampaigns: list[str]
    selectedSegments: list[str]
    selectedSupressions: list[str]
    excludedCampaigns: list[str]
    excludedSegments: list[str]


bind_fields(
    NewAbtestsSubjectSendSettings,
    {
        "selected_campaigns": WireField("selectedCampaigns", decode=_decode_selected_campaigns, keep=True),
        "selected_segments": WireField("selectedSegments", decode=_decode_selected_segments, keep=True),
        "selected_supressions": WireField("selectedSupressions", decode=_decode_selected_supressions, keep=True),
        "excluded_campaigns": WireField("excludedCampaigns", decode=_decode_excluded_campaigns, keep=True),
        "excluded_segments": WireField("excludedSegments", decode=_decode_excluded_segments, keep=True),
    },
    additional_properties=True,
)
