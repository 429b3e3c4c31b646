from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ..models.callback_actions import CallbackActions


@_attrs_define
class Callback(WireModel):
    """
    Attributes:
        url (str | Unset): URL to use to post notifications
        actions (CallbackActions | Unset):
    """

    url: str | Unset = UNSET
    actions: CallbackActions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_actions(json_value_: Any) -> CallbackActions | Unset:
    _actions = json_value_
    actions: CallbackActions | Unset
    if isinstance(_actions, Unset):
        actions = UNSET
    else:
        actions = CallbackActions.from_dict(_actions)

    return actions


def _from_dict(cls: type[Callback], src_dict: Mapping[str, Any]) -> Callback:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.url = get("url", UNSET)
    value = get("actions", UNSET)
    if type(value) is dict:
        self.actions = CallbackActions.from_dict(value)
    elif absent(value):
        self.actions = value
    else:
        try:
            self.actions = _decode_actions(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "actions", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Callback._wire_fields}


setattr(Callback, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Callback._wire_names = {
    "url": "url",
    "actions": "actions",
}
Callback._wire_fields = frozenset(Callback._wire_names.values())
Callback._decoders = {
    "url": None,
    "actions": _decode_actions,
}
Callback._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.callback_actions import CallbackActions  # noqa: E402
