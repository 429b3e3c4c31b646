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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class WebinarStatistics(WireModel):
    """
    Attributes:
        registrants (int):  Example: 15.
        visitors (int):  Example: 10.
        attendees (int):  Example: 5.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    registrants: int
    visitors: int
    attendees: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    WebinarStatistics,
    {
        "registrants": WireField("registrants", required=True, decode=wire_int),
        "visitors": WireField("visitors", required=True, decode=wire_int),
        "attendees": WireField("attendees", required=True, decode=wire_int),
    },
    additional_properties=True,
)
