from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ClickTrack(WireModel):
    """
    Attributes:
        click_track_id (str | Unset):  Example: C.
        url (str | Unset): The tracked link Example: https://example.com.
        name (str | Unset): The tracked link name Example: press here.
        amount (str | Unset): The number of clicks on a link in a message Example: 15.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    click_track_id: str | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ClickTrack,
    {
        "click_track_id": WireField("clickTrackId"),
        "url": WireField("url"),
        "name": WireField("name"),
        "amount": WireField("amount"),
    },
    additional_properties=True,
)
