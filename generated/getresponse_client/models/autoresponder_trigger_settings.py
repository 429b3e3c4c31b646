from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoresponderTriggerSettings")


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
    autoresponder: None | str | Unset = UNSET
    newsletter: None | str | Unset = UNSET
    click_track_id: None | str | Unset = UNSET
    goal: None | str | Unset = UNSET
    custom: None | str | Unset = UNSET
    new_custom_value: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    selected_campaigns: list[str] | Unset = UNSET
    selected_segments: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        type_ = self.type_

        day_of_cycle = self.day_of_cycle

        autoresponder: None | str | Unset
        if isinstance(self.autoresponder, Unset):
            autoresponder = UNSET
        else:
            autoresponder = self.autoresponder

        newsletter: None | str | Unset
        if isinstance(self.newsletter, Unset):
            newsletter = UNSET
        else:
            newsletter = self.newsletter

        click_track_id: None | str | Unset
        if isinstance(self.click_track_id, Unset):
            click_track_id = UNSET
        else:
            click_track_id = self.click_track_id

        goal: None | str | Unset
        if isinstance(self.goal, Unset):
            goal = UNSET
        else:
            goal = self.goal

        custom: None | str | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        else:
            custom = self.custom

        new_custom_value: None | str | Unset
        if isinstance(self.new_custom_value, Unset):
            new_custom_value = UNSET
        else:
            new_custom_value = self.new_custom_value

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        selected_campaigns: list[str] | Unset = UNSET
        if not isinstance(self.selected_campaigns, Unset):
            selected_campaigns = self.selected_campaigns

        selected_segments = self.selected_segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if day_of_cycle is not UNSET:
            field_dict["dayOfCycle"] = day_of_cycle
        if autoresponder is not UNSET:
            field_dict["autoresponder"] = autoresponder
        if newsletter is not UNSET:
            field_dict["newsletter"] = newsletter
        if click_track_id is not UNSET:
            field_dict["clickTrackId"] = click_track_id
        if goal is not UNSET:
            field_dict["goal"] = goal
        if custom is not UNSET:
            field_dict["custom"] = custom
        if new_custom_value is not UNSET:
            field_dict["newCustomValue"] = new_custom_value
        if action is not UNSET:
            field_dict["action"] = action
        if selected_campaigns is not UNSET:
            field_dict["selectedCampaigns"] = selected_campaigns
        if selected_segments is not UNSET:
            field_dict["selectedSegments"] = selected_segments

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


def _encode_type_(self: AutoresponderTriggerSettings) -> Any:
    type_ = self.type_
    return type_


def _encode_day_of_cycle(self: AutoresponderTriggerSettings) -> Any:
    day_of_cycle = self.day_of_cycle
    return day_of_cycle


def _encode_autoresponder(self: AutoresponderTriggerSettings) -> Any:
    autoresponder: None | str | Unset
    if isinstance(self.autoresponder, Unset):
        autoresponder = UNSET
    else:
        autoresponder = self.autoresponder
    return autoresponder


def _encode_newsletter(self: AutoresponderTriggerSettings) -> Any:
    newsletter: None | str | Unset
    if isinstance(self.newsletter, Unset):
        newsletter = UNSET
    else:
        newsletter = self.newsletter
    return newsletter


def _encode_click_track_id(self: AutoresponderTriggerSettings) -> Any:
    click_track_id: None | str | Unset
    if isinstance(self.click_track_id, Unset):
        click_track_id = UNSET
    else:
        click_track_id = self.click_track_id
    return click_track_id


def _encode_goal(self: AutoresponderTriggerSettings) -> Any:
    goal: None | str | Unset
    if isinstance(self.goal, Unset):
        goal = UNSET
    else:
        goal = self.goal
    return goal


def _encode_custom(self: AutoresponderTriggerSettings) -> Any:
    custom: None | str | Unset
    if isinstance(self.custom, Unset):
        custom = UNSET
    else:
        custom = self.custom
    return custom


def _encode_new_custom_value(self: AutoresponderTriggerSettings) -> Any:
    new_custom_value: None | str | Unset
    if isinstance(self.new_custom_value, Unset):
        new_custom_value = UNSET
    else:
        new_custom_value = self.new_custom_value
    return new_custom_value


def _encode_action(self: AutoresponderTriggerSettings) -> Any:
    action: None | str | Unset
    if isinstance(self.action, Unset):
        action = UNSET
    else:
        action = self.action
    return action


def _decode_selected_campaigns(json_value_: Any) -> list[str] | Unset:
    selected_campaigns = cast(list[str], json_value_)

    return selected_campaigns


def _encode_selected_campaigns(self: AutoresponderTriggerSettings) -> Any:
    selected_campaigns: list[str] | Unset = UNSET
    if not isinstance(self.selected_campaigns, Unset):
        selected_campaigns = self.selected_campaigns

    return selected_campaigns


def _encode_selected_segments(self: AutoresponderTriggerSettings) -> Any:
    selected_segments = self.selected_segments
    return selected_segments


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
    self.day_of_cycle = get("dayOfCycle", UNSET)
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
AutoresponderTriggerSettings._decoders = {
    "type_": None,
    "day_of_cycle": None,
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
AutoresponderTriggerSettings._encoders = {
    "type_": _encode_type_,
    "day_of_cycle": _encode_day_of_cycle,
    "autoresponder": _encode_autoresponder,
    "newsletter": _encode_newsletter,
    "click_track_id": _encode_click_track_id,
    "goal": _encode_goal,
    "custom": _encode_custom,
    "new_custom_value": _encode_new_custom_value,
    "action": _encode_action,
    "selected_campaigns": _encode_selected_campaigns,
    "selected_segments": _encode_selected_segments,
}
AutoresponderTriggerSettings._extra_decoder = _decode_additional_properties
