from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_actions import CallbackActions
    from .callback_actions import CallbackActionsDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpdateCallbacks(WireModel):
    """
    Attributes:
        url (str | Unset): URL to use to post notifications, required if callbacks are not yet enabled Example:
            https://example.com/callback.
        actions (CallbackActions | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    url: str | Unset = UNSET
    actions: CallbackActions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class UpdateCallbacksDict(TypedDict, total=False):
    """UpdateCallbacks as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    url: str
    actions: CallbackActions | CallbackActionsDict


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.callback_actions import CallbackActions  # noqa: E402

bind_fields(
    UpdateCallbacks,
    {
        "url": WireField("url"),
        "actions": WireField("actions", decode=CallbackActions.from_dict, keep=True),
    },
    additional_properties=True,
)
