from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import WireModel, check_mapping

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
    self.open_ = get("open", UNSET)
    self.click = get("click", UNSET)
    self.subscribe = get("subscribe", UNSET)
    self.unsubscribe = get("unsubscribe", UNSET)
    self.survey = get("survey", UNSET)
    self.goal = get("goal", UNSET)
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
    "open_": None,
    "click": None,
    "subscribe": None,
    "unsubscribe": None,
    "survey": None,
    "goal": None,
}
CallbackActions._extra_decoder = _decode_additional_properties
