from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


def _decode_type_(d: Mapping[str, Any]) -> str | Unset:
    type_: str | Unset = d.get("type", UNSET)
    return type_


def _decode_day_of_cycle(d: Mapping[str, Any]) -> int | Unset:
    day_of_cycle: int | Unset = d.get("dayOfCycle", UNSET)
    return day_of_cycle


def _decode_autoresponder(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_autoresponder(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    autoresponder = _parse_autoresponder(d.get("autoresponder", UNSET))

    return autoresponder


def _decode_newsletter(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_newsletter(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    newsletter = _parse_newsletter(d.get("newsletter", UNSET))

    return newsletter


def _decode_click_track_id(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_click_track_id(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    click_track_id = _parse_click_track_id(d.get("clickTrackId", UNSET))

    return click_track_id


def _decode_goal(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_goal(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    goal = _parse_goal(d.get("goal", UNSET))

    return goal


def _decode_custom(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_custom(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    custom = _parse_custom(d.get("custom", UNSET))

    return custom


def _decode_new_custom_value(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_new_custom_value(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    new_custom_value = _parse_new_custom_value(d.get("newCustomValue", UNSET))

    return new_custom_value


def _decode_action(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_action(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    action = _parse_action(d.get("action", UNSET))

    return action


def _decode_selected_campaigns(d: Mapping[str, Any]) -> list[str] | Unset:
    selected_campaigns = cast(list[str], d.get("selectedCampaigns", UNSET))

    return selected_campaigns


def _decode_selected_segments(d: Mapping[str, Any]) -> Any | Unset:
    selected_segments: Any | Unset = d.get("selectedSegments", UNSET)
    return selected_segments


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


def _encode_selected_campaigns(self: AutoresponderTriggerSettings) -> Any:
    selected_campaigns: list[str] | Unset = UNSET
    if not isinstance(self.selected_campaigns, Unset):
        selected_campaigns = self.selected_campaigns

    return selected_campaigns


def _encode_selected_segments(self: AutoresponderTriggerSettings) -> Any:
    selected_segments = self.selected_segments
    return selected_segments


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderTriggerSettings._wire_fields}


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
    "type_": _decode_type_,
    "day_of_cycle": _decode_day_of_cycle,
    "autoresponder": _decode_autoresponder,
    "newsletter": _decode_newsletter,
    "click_track_id": _decode_click_track_id,
    "goal": _decode_goal,
    "custom": _decode_custom,
    "new_custom_value": _decode_new_custom_value,
    "action": _decode_action,
    "selected_campaigns": _decode_selected_campaigns,
    "selected_segments": _decode_selected_segments,
    "additional_properties": _decode_additional_properties,
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
