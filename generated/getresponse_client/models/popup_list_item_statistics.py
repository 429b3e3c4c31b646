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
class PopupListItemStatistics(WireModel):
    """
    Attributes:
        views (int | Unset): The total number of times your popup was viewed by website visitors Example: 9.
        unique_visitors (int | Unset): The total number of visitors Example: 10.
        leads (int | Unset): The number of leads Example: 5.
        ctr (int | Unset): The number of clicks divided by the number of views, shown as a percentage Example: 52.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    views: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    leads: int | Unset = UNSET
    ctr: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    PopupListItemStatistics,
    {
        "views": WireField("views", decode=wire_int),
        "unique_visitors": WireField("uniqueVisitors", decode=wire_int),
        "leads": WireField("leads", decode=wire_int),
        "ctr": WireField("ctr", decode=wire_int),
    },
    additional_properties=True,
)
