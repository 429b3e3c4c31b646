from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class Callback(WireModel):
    """
    Attributes:
        url (str | Unset): URL to use to post notifications
        actions (CallbackActions | Unset):
    """

    url: str | Unset = UNSET
    actions: CallbackActions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Callback._wire_fields}


Callback._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.callback_actions import CallbackActions  # noqa: E402

bind_fields(
    Callback,
    {
        "url": WireField("url"),
        "actions": WireField("actions", decode=CallbackActions.from_dict, keep=True),
    },
    additional_properties=True,
)
