from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    parse_date,
)

from ..types import UNSET, Unset


@_attrs_define
class AccountBillingCreditCardType0(WireModel):
    """
    Attributes:
        number (str | Unset): Masked credit card number Example: XXXXXXXXX0123.
        expiration_date (datetime.date | Unset): Expiration date Example: 2014-01-01.
    """

    number: str | Unset = UNSET
    expiration_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_expiration_date(json_value_: Any) -> datetime.date | Unset:
    _expiration_date = json_value_
    expiration_date: datetime.date | Unset
    if isinstance(_expiration_date, Unset):
        expiration_date = UNSET
    else:
        expiration_date = datetime.date.fromisoformat(_expiration_date)

    return expiration_date


def _from_dict(cls: type[AccountBillingCreditCardType0], src_dict: Mapping[str, Any]) -> AccountBillingCreditCardType0:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.number = get("number", UNSET)
    value = get("expirationDate", UNSET)
    if type(value) is str:
        try:
            self.expiration_date = parse_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "expiration_date", value, error)
    elif absent(value):
        self.expiration_date = value
    else:
        try:
            self.expiration_date = _decode_expiration_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "expiration_date", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountBillingCreditCardType0._wire_fields}


setattr(
    AccountBillingCreditCardType0, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
AccountBillingCreditCardType0._wire_names = {
    "number": "number",
    "expiration_date": "expirationDate",
}
AccountBillingCreditCardType0._wire_fields = frozenset(AccountBillingCreditCardType0._wire_names.values())
AccountBillingCreditCardType0._decoders = {
    "number": None,
    "expiration_date": _decode_expiration_date,
}
AccountBillingCreditCardType0._extra_decoder = _decode_additional_properties
