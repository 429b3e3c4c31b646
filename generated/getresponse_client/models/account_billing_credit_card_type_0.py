from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_date,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class AccountBillingCreditCardType0(WireModel):
    """
    Attributes:
        number (str | Unset): Masked credit card number Example: XXXXXXXXX0123.
        expiration_date (datetime.date | Unset): Expiration date Example: 2014-01-01.
    """

    number: str | Unset = UNSET
    expiration_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountBillingCreditCardType0._wire_fields}


AccountBillingCreditCardType0._extra_decoder = _decode_additional_properties

bind_fields(
    AccountBillingCreditCardType0,
    {
        "number": WireField("number"),
        "expiration_date": WireField("expirationDate", decode=parse_date),
    },
    additional_properties=True,
)
