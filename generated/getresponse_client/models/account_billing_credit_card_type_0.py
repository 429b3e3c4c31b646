from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_date,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AccountBillingCreditCardType0(WireModel):
    """
    Attributes:
        number (str | Unset): Masked credit card number Example: XXXXXXXXX0123.
        expiration_date (datetime.date | Unset): Expiration date Example: 2014-01-01.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    number: str | Unset = UNSET
    expiration_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    AccountBillingCreditCardType0,
    {
        "number": WireField("number"),
        "expiration_date": WireField("expirationDate", decode=parse_date),
    },
    additional_properties=True,
)
