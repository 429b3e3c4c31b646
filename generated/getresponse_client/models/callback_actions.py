from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

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


def _from_dict(cls: type[CallbackActions], src_dict: Mapping[str, Any]) -> CallbackActions:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.open_ = get("open", UNSET)
    self.click = get("click", UNSET)
    self.subscribe = get("subscribe", UNSET)
    self.unsubscribe = get("unsubscribe", UNSET)
    self.survey = get("survey", UNSET)
    self.goal = get("goal", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CallbackActions._wire_fields}


setattr(CallbackActions, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
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
    "open_": None,
    "click": None,
    "subscribe": None,
    "unsubscribe": None,
    "survey": None,
    "goal": None,
}
CallbackActions._encoders = {
    "open_": _encode_open_,
    "click": _encode_click,
    "subscribe": _encode_subscribe,
    "unsubscribe": _encode_unsubscribe,
    "survey": _encode_survey,
    "goal": _encode_goal,
}
CallbackActions._extra_decoder = _decode_additional_properties
