from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
class AutoresponderTriggerSettings(WireModel):
    """The conditions that will trigger the autoresponder

    Attributes:
        type_ (str | Unset): The trigger type Default: 'onday'.
        day_of_cycle (int | Unset): For onday type the day of the autoresponder cycle in the 0-9999 format
        autoresponder (None | str | Unset):
        newsletter (None | str | Unset):
        click_track_id (None | str | Unset):
        goal (None | str | Unset):
        custom (None | str | Unset):
        new_custom_value (None | str | Unset):
        action (None | str | Unset):
        selected_campaigns (list[str] | Unset): A one-element array containing the Campaign ID to filter subscribers.
        selected_segments (Any | Unset):
    """

    type_: str | Unset = "onday"
    day_of_cycle: int | Unset = UNSET
    autoresponder: None | str | Unset = _attrs_field(init=False, default=UNSET)
    newsletter: None | str | Unset = _attrs_field(init=False, default=UNSET)
    click_track_id: None | str | Unset = _attrs_field(init=False, default=UNSET)
    goal: None | str | Unset = _attrs_field(init=False, default=UNSET)
    custom: None | str | Unset = _attrs_field(init=False, default=UNSET)
    new_custom_value: None | str | Unset = _attrs_field(init=False, default=UNSET)
    action: None | str | Unset = _attrs_field(init=False, default=UNSET)
    selected_campaigns: list[str] | Unset = UNSET
    selected_segments: Any | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_selected_campaigns(json_value_: Any) -> list[str] | Unset:
    selected_campaigns = cast(list[str], json_value_)

    return selected_campaigns


def _from_dict(cls: type[AutoresponderTriggerSettings], src_dict: Mapping[str, Any]) -> AutoresponderTriggerSettings:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.type_ = get("type", UNSET)
    value = get("dayOfCycle", UNSET)
    if type(value) is int or absent(value):
        self.day_of_cycle = value
    else:
        try:
            self.day_of_cycle = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "day_of_cycle", value, error)
    self.autoresponder = get("autoresponder", UNSET)
    self.newsletter = get("newsletter", UNSET)
    self.click_track_id = get("clickTrackId", UNSET)
    self.goal = get("goal", UNSET)
    self.custom = get("custom", UNSET)
    self.new_custom_value = get("newCustomValue", UNSET)
    self.action = get("action", UNSET)
    value = get("selectedCampaigns", UNSET)
    if absent(value):
        self.selected_campaigns = value
    else:
        try:
            self.selected_campaigns = _decode_selected_campaigns(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "selected_campaigns", value, error)
    self.selected_segments = get("selectedSegments", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderTriggerSettings._wire_fields}


class AutoresponderTriggerSettingsDict(TypedDict, total=False):
    """AutoresponderTriggerSettings as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    type: str
    dayOfCycle: int
    selectedCampaigns: list[str]


setattr(AutoresponderTriggerSettings, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AutoresponderTriggerSettings._wire_names = {
    "type_": "type",
    "day_of_cycle": "dayOfCycle",
    "autoresponder": "autoresponder",
    "newsletter": "newsletter",
    "click_track_id": "clickTrackId",
    "goal": "goal",
    "custom": "custom",
    "new_custom_value": "newCustomValue",
    "action": "action",
    "selected_campaigns": "selectedCampaigns",
    "selected_segments": "selectedSegments",
}
AutoresponderTriggerSettings._wire_fields = frozenset(AutoresponderTriggerSettings._wire_names.values())
AutoresponderTriggerSettings._read_only = frozenset(
    [
        "action",
        "autoresponder",
        "click_track_id",
        "custom",
        "goal",
        "new_custom_value",
        "newsletter",
        "selected_segments",
    ]
)
AutoresponderTriggerSettings._decoders = {
    "type_": None,
    "day_of_cycle": wire_int,
    "autoresponder": None,
    "newsletter": None,
    "click_track_id": None,
    "goal": None,
    "custom": None,
    "new_custom_value": None,
    "action": None,
    "selected_campaigns": _decode_selected_campaigns,
    "selected_segments": None,
}
AutoresponderTriggerSettings._extra_decoder = _decode_additional_properties
