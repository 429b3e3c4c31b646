from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

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


def _encode_amount(self: SmsStatsTotalPrice) -> Any:
    amount = self.amount
    return amount


def _encode_currency(self: SmsStatsTotalPrice) -> Any:
    currency = self.currency
    return currency


def _from_dict(cls: type[SmsStatsTotalPrice], src_dict: Mapping[str, Any]) -> SmsStatsTotalPrice:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.amount = get("amount", UNSET)
    self.currency = get("currency", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsTotalPrice._wire_fields}


setattr(SmsStatsTotalPrice, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsStatsTotalPrice._wire_names = {
    "amount": "amount",
    "currency": "currency",
}
SmsStatsTotalPrice._wire_fields = frozenset(SmsStatsTotalPrice._wire_names.values())
SmsStatsTotalPrice._decoders = {
    "amount": None,
    "currency": None,
}
SmsStatsTotalPrice._encoders = {
    "amount": _encode_amount,
    "currency": _encode_currency,
}
SmsStatsTotalPrice._extra_decoder = _decode_additional_properties
