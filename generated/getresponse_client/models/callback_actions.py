from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    open_: bool | Unset = UNSET
    click: bool | Unset = UNSET
    subscribe: bool | Unset = UNSET
    unsubscribe: bool | Unset = UNSET
    survey: bool | Unset = UNSET
    goal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class CallbackActionsDict(TypedDict, total=False):
    """CallbackActions as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    open: bool
    click: bool
    subscribe: bool
    unsubscribe: bool
    survey: bool
    goal: bool


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
