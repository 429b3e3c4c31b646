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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class BaseTax(WireModel):
    """
    Attributes:
        tax_id (str | Unset): The tax ID Example: Sk.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/taxes/Sk.
        name (str | Unset): The tax name Example: VAT.
        rate (float | Unset): The rate value Example: 23.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    tax_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class BaseTaxDict(TypedDict, total=False):
    """BaseTax as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    rate: float


BaseTax._read_only = frozenset(["href", "tax_id"])

bind_fields(
    BaseTax,
    {
        "tax_id": WireField("taxId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "rate": WireField("rate"),
    },
    additional_properties=True,
)
