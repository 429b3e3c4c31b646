from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
class LandingPageVariant(WireModel):
    """
    Attributes:
        variant_id (str | Unset): The landing page variant ID. Example: PKxn.
        variant (str | Unset): The variant index. Example: 0.
        winner (bool | Unset):  Example: True.
        visitors (str | Unset):  Example: 12.
        unique_visitors (str | Unset):  Example: 2.
        subscribed (str | Unset):  Example: 2.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    variant_id: str | Unset = UNSET
    variant: str | Unset = UNSET
    winner: bool | Unset = UNSET
    visitors: str | Unset = UNSET
    unique_visitors: str | Unset = UNSET
    subscribed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    LandingPageVariant,
    {
        "variant_id": WireField("variantId"),
        "variant": WireField("variant"),
        "winner": WireField("winner", decode=wire_bool),
        "visitors": WireField("visitors"),
        "unique_visitors": WireField("uniqueVisitors"),
        "subscribed": WireField("subscribed"),
    },
    additional_properties=True,
)
