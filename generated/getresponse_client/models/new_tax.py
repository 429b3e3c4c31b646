from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

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
class NewTax(WireModel):
    """
    Attributes:
        name (str): The tax name Example: VAT.
        rate (float): The rate value Example: 23.
        tax_id (str | Unset): The tax ID Example: Sk.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/taxes/Sk.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    rate: float
    tax_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewTaxDict(TypedDict, total=False):
    """NewTax as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    rate: Required[float]


NewTax._read_only = frozenset(["href", "tax_id"])

bind_fields(
    NewTax,
    {
        "name": WireField("name", required=True),
        "rate": WireField("rate", required=True),
        "tax_id": WireField("taxId"),
        "href": WireField("href"),
    },
    additional_properties=True,
)
