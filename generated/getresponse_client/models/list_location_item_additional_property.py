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
class ListLocationItemAdditionalProperty(WireModel):
    """The results are indexed with the location name (PL, EN, etc.)

    Attributes:
        amount (str | Unset): The amount of subscribers from a given location Example: 0.
        continental_code (str | Unset): The region code Example: EU.
        country_code (str | Unset): The country code Example: PL.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    amount: str | Unset = UNSET
    continental_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ListLocationItemAdditionalProperty,
    {
        "amount": WireField("amount"),
        "continental_code": WireField("continentalCode"),
        "country_code": WireField("countryCode"),
    },
    additional_properties=True,
)
