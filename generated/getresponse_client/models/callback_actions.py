from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    wire_bool,
)

from ..types import UNSET, Unset


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


def _from_dict(cls: type[CallbackActions], src_dict: Mapping[str, Any]) -> CallbackActions:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("open", UNSET)
    if type(value) is bool or absent(value):
        self.open_ = value
    else:
        try:
            self.open_ = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "open_", value, error)
    value = get("click", UNSET)
    if type(value) is bool or absent(value):
        self.click = value
    else:
        try:
            self.click = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "click", value, error)
    value = get("subscribe", UNSET)
    if type(value) is bool or absent(value):
        self.subscribe = value
    else:
        try:
            self.subscribe = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "subscribe", value, error)
    value = get("unsubscribe", UNSET)
    if type(value) is bool or absent(value):
        self.unsubscribe = value
    else:
        try:
            self.unsubscribe = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "unsubscribe", value, error)
    value = get("survey", UNSET)
    if type(value) is bool or absent(value):
        self.survey = value
    else:
        try:
            self.survey = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "survey", value, error)
    value = get("goal", UNSET)
    if type(value) is bool or absent(value):
        self.goal = value
    else:
        try:
            self.goal = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "goal", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CallbackActions._wire_fields}


class CallbackActionsDict(TypedDict, total=False):
    """CallbackActions as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    open: bool
    click: bool
    subscribe: bool
    unsubscribe: bool
    survey: bool
    goal: bool


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
    "open_": wire_bool,
    "click": wire_bool,
    "subscribe": wire_bool,
    "unsubscribe": wire_bool,
    "survey": wire_bool,
    "goal": wire_bool,
}
CallbackActions._extra_decoder = _decode_additional_properties
