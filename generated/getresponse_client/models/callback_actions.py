from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


CallbackActions._extra_decoder = _decode_additional_properties

bind_fields(
    CallbackActions,
    {
        "open_": WireField("open", decode=wire_bool),
        "click": WireField("click", decode=wire_bool),
        "subscribe": WireField("subscribe", decode=wire_bool),
        "unsubscribe": WireField("unsubscribe", decode=wire_bool),
        "survey": WireField("survey", decode=wire_bool),
        "goal": WireField("goal", decode=wire_bool),
    },
    additional_properties=True,
)
