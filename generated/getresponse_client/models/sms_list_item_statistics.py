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
class SmsListItemStatistics(WireModel):
    """Message statistics

    Attributes:
        sent (int | Unset): Number of sent messages Example: 12.
        delivered (int | Unset): Number of delivered messages Example: 10.
        clicks (int | Unset): Number of clicked messages Example: 8.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    SmsListItemStatistics,
    {
        "sent": WireField("sent", decode=wire_int),
        "delivered": WireField("delivered", decode=wire_int),
        "clicks": WireField("clicks", decode=wire_int),
    },
    additional_properties=True,
)
