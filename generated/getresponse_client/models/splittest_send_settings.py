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
)

from ..types import UNSET, Unset


@_attrs_define
class SplittestSendSettings(WireModel):
    """The send settings for the A/B test

    Attributes:
        selected_campaigns (list[str] | Unset): A one-element array containing the Campaign ID to filter subscribers.
        selected_segments (list[str] | Unset): The list of segment IDs to choose subscribers from.
        selected_supressions (list[str] | Unset): The list of suppression IDs to exclude subscribers.
        excluded_campaigns (list[str] | Unset): The list of campaign IDs to exclude subscribers.
        excluded_segments (list[str] | Unset): The list of segment IDs to exclude subscribers.
    """

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


def _from_dict(cls: type[SplittestSendSettings], src_dict: Mapping[str, Any]) -> SplittestSendSettings:
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
    value = get("selectedSupressions", UNSET)
    if absent(value):
        self.selected_supressions = value
    else:
        try:
            self.selected_supressions = _decode_selected_supressions(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "selected_supressions", value, error)
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
    return {key: value for key, value in d.items() if key not in SplittestSendSettings._wire_fields}


setattr(SplittestSendSettings, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SplittestSendSettings._wire_names = {
    "selected_campaigns": "selectedCampaigns",
    "selected_segments": "selectedSegments",
    "selected_supressions": "selectedSupressions",
    "excluded_campaigns": "excludedCampaigns",
    "excluded_segments": "excludedSegments",
}
SplittestSendSettings._wire_fields = frozenset(SplittestSendSettings._wire_names.values())
SplittestSendSettings._decoders = {
    "selected_campaigns": _decode_selected_campaigns,
    "selected_segments": _decode_selected_segments,
    "selected_supressions": _decode_selected_supressions,
    "excluded_campaigns": _decode_excluded_campaigns,
    "excluded_segments": _decode_excluded_segments,
}
SplittestSendSettings._extra_decoder = _decode_additional_properties
