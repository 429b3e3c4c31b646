from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SendingLimitsListItem(WireModel):
    """
    Attributes:
        time_frame (int | Unset): Time frame, measured in seconds Example: 2592000.
        limit (int | Unset): The number of email sends available within a given time frame Example: 2500.
        used (int | Unset): The number of email sends used within the given time frame Example: 0.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    time_frame: int | Unset = UNSET
    limit: int | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    SendingLimitsListItem,
    {
        "time_frame": WireField("timeFrame", decode=wire_int),
        "limit": WireField("limit", decode=wire_int),
        "used": WireField("used", decode=wire_int),
    },
    additional_properties=True,
)
