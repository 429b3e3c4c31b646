from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


def _decode_number(d: Mapping[str, Any]) -> str | Unset:
    number: str | Unset = d.get("number", UNSET)
    return number


def _decode_expiration_date(d: Mapping[str, Any]) -> datetime.date | Unset:
    _expiration_date = d.get("expirationDate", UNSET)
    expiration_date: datetime.date | Unset
    if isinstance(_expiration_date, Unset):
        expiration_date = UNSET
    else:
        expiration_date = datetime.date.fromisoformat(_expiration_date)

    return expiration_date


def _encode_number(self: AccountBillingCreditCardType0) -> Any:
    number = self.number
    return number


def _encode_expiration_date(self: AccountBillingCreditCardType0) -> Any:
    expiration_date: str | Unset = UNSET
    if not isinstance(self.expiration_date, Unset):
        expiration_date = self.expiration_date.isoformat()
    return expiration_date


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountBillingCreditCardType0._wire_fields}


AccountBillingCreditCardType0._wire_names = {
    "number": "number",
    "expiration_date": "expirationDate",
}
AccountBillingCreditCardType0._wire_fields = frozenset(AccountBillingCreditCardType0._wire_names.values())
AccountBillingCreditCardType0._decoders = {
    "number": _decode_number,
    "expiration_date": _decode_expiration_date,
    "additional_properties": _decode_additional_properties,
}
AccountBillingCreditCardType0._encoders = {
    "number": _encode_number,
    "expiration_date": _encode_expiration_date,
}
