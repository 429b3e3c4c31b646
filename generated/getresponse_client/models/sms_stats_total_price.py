from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStatsTotalPrice")


@_attrs_define
class SmsStatsTotalPrice(WireModel):
    """Cost details of a specific SMS

    Attributes:
        amount (str | Unset): Total SMS message cost Example: 0.0240.
        currency (str | Unset): Pricing currency Example: USD.
    """

    amount: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency

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


def _decode_amount(d: Mapping[str, Any]) -> str | Unset:
    amount: str | Unset = d.get("amount", UNSET)
    return amount


def _decode_currency(d: Mapping[str, Any]) -> str | Unset:
    currency: str | Unset = d.get("currency", UNSET)
    return currency


def _encode_amount(self: SmsStatsTotalPrice) -> Any:
    amount = self.amount
    return amount


def _encode_currency(self: SmsStatsTotalPrice) -> Any:
    currency = self.currency
    return currency


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsTotalPrice._wire_fields}


SmsStatsTotalPrice._wire_names = {
    "amount": "amount",
    "currency": "currency",
}
SmsStatsTotalPrice._wire_fields = frozenset(SmsStatsTotalPrice._wire_names.values())
SmsStatsTotalPrice._decoders = {
    "amount": _decode_amount,
    "currency": _decode_currency,
    "additional_properties": _decode_additional_properties,
}
SmsStatsTotalPrice._encoders = {
    "amount": _encode_amount,
    "currency": _encode_currency,
}
