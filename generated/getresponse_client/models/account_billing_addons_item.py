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

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AccountBillingAddonsItem(WireModel):
    """
    Attributes:
        name (str | Unset): Addon name Example: Landing Page Creator.
        price (int | Unset): Addon price Example: 15.
        active (StringBooleanEnum | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str | Unset = UNSET
    price: int | Unset = UNSET
    active: StringBooleanEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    AccountBillingAddonsItem,
    {
        "name": WireField("name"),
        "price": WireField("price", decode=wire_int),
        "active": WireField("active", enum=StringBooleanEnum),
    },
    additional_properties=True,
)
