from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackActions")


@_attrs_define
class CallbackActions(WireModel):
    """
    Attributes:
        open_ (bool | Unset): Is open callback enabled
        click (bool | Unset): Is click callback enabled
        subscribe (bool | Unset): Is subscribe callback enabled
        unsubscribe (bool | Unset): Is unsubscribe callback enabled
        survey (bool | Unset): Is survey callback enabled
        goal (bool | Unset): Is the goal callback enabled
    """

    open_: bool | Unset = UNSET
    click: bool | Unset = UNSET
    subscribe: bool | Unset = UNSET
    unsubscribe: bool | Unset = UNSET
    survey: bool | Unset = UNSET
    goal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        open_ = self.open_

        click = self.click

        subscribe = self.subscribe

        unsubscribe = self.unsubscribe

        survey = self.survey

        goal = self.goal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if click is not UNSET:
            field_dict["click"] = click
        if subscribe is not UNSET:
            field_dict["subscribe"] = subscribe
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if survey is not UNSET:
            field_dict["survey"] = survey
        if goal is not UNSET:
            field_dict["goal"] = goal

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


def _decode_open_(d: Mapping[str, Any]) -> bool | Unset:
    open_: bool | Unset = d.get("open", UNSET)
    return open_


def _decode_click(d: Mapping[str, Any]) -> bool | Unset:
    click: bool | Unset = d.get("click", UNSET)
    return click


def _decode_subscribe(d: Mapping[str, Any]) -> bool | Unset:
    subscribe: bool | Unset = d.get("subscribe", UNSET)
    return subscribe


def _decode_unsubscribe(d: Mapping[str, Any]) -> bool | Unset:
    unsubscribe: bool | Unset = d.get("unsubscribe", UNSET)
    return unsubscribe


def _decode_survey(d: Mapping[str, Any]) -> bool | Unset:
    survey: bool | Unset = d.get("survey", UNSET)
    return survey


def _decode_goal(d: Mapping[str, Any]) -> bool | Unset:
    goal: bool | Unset = d.get("goal", UNSET)
    return goal


def _encode_open_(self: CallbackActions) -> Any:
    open_ = self.open_
    return open_


def _encode_click(self: CallbackActions) -> Any:
    click = self.click
    return click


def _encode_subscribe(self: CallbackActions) -> Any:
    subscribe = self.subscribe
    return subscribe


def _encode_unsubscribe(self: CallbackActions) -> Any:
    unsubscribe = self.unsubscribe
    return unsubscribe


def _encode_survey(self: CallbackActions) -> Any:
    survey = self.survey
    return survey


def _encode_goal(self: CallbackActions) -> Any:
    goal = self.goal
    return goal


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CallbackActions._wire_fields}


CallbackActions._wire_names = {
    "open_": "open",
    "click": "click",
    "subscribe": "subscribe",
    "unsubscribe": "unsubscribe",
    "survey": "survey",
    "goal": "goal",
}
CallbackActions._wire_fields = frozenset(CallbackActions._wire_names.values())
CallbackActions._decoders = {
    "open_": _decode_open_,
    "click": _decode_click,
    "subscribe": _decode_subscribe,
    "unsubscribe": _decode_unsubscribe,
    "survey": _decode_survey,
    "goal": _decode_goal,
    "additional_properties": _decode_additional_properties,
}
CallbackActions._encoders = {
    "open_": _encode_open_,
    "click": _encode_click,
    "subscribe": _encode_subscribe,
    "unsubscribe": _encode_unsubscribe,
    "survey": _encode_survey,
    "goal": _encode_goal,
}
