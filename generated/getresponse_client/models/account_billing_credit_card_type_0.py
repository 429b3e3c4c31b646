from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBillingCreditCardType0")


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

    def _encode(self) -> dict[str, Any]:
        number = self.number

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_number(self: AccountBillingCreditCardType0) -> Any:
    number = self.number
    return number


def _decode_expiration_date(json_value_: Any) -> datetime.date | Unset:
    _expiration_date = json_value_
    expiration_date: datetime.date | Unset
    if isinstance(_expiration_date, Unset):
        expiration_date = UNSET
    else:
        expiration_date = datetime.date.fromisoformat(_expiration_date)

    return expiration_date


def _encode_expiration_date(self: AccountBillingCreditCardType0) -> Any:
    expiration_date: str | Unset = UNSET
    if not isinstance(self.expiration_date, Unset):
        expiration_date = self.expiration_date.isoformat()
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
    if absent(value):
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
AccountBillingCreditCardType0._encoders = {
    "number": _encode_number,
    "expiration_date": _encode_expiration_date,
}
AccountBillingCreditCardType0._extra_decoder = _decode_additional_properties
