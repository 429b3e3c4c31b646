from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStatsCountryStatisticsPrice")


@_attrs_define
class SmsStatsCountryStatisticsPrice(WireModel):
    """Pricing details

    Attributes:
        price (str | Unset): Total cost Example: 0.0240.
        currency (str | Unset): Pricing currency Example: USD.
    """

    price: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        price = self.price

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
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


def _decode_price(d: Mapping[str, Any]) -> str | Unset:
    price: str | Unset = d.get("price", UNSET)
    return price


def _decode_currency(d: Mapping[str, Any]) -> str | Unset:
    currency: str | Unset = d.get("currency", UNSET)
    return currency


def _encode_price(self: SmsStatsCountryStatisticsPrice) -> Any:
    price = self.price
    return price


def _encode_currency(self: SmsStatsCountryStatisticsPrice) -> Any:
    currency = self.currency
    return currency


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsCountryStatisticsPrice._wire_fields}


SmsStatsCountryStatisticsPrice._wire_names = {
    "price": "price",
    "currency": "currency",
}
SmsStatsCountryStatisticsPrice._wire_fields = frozenset(SmsStatsCountryStatisticsPrice._wire_names.values())
SmsStatsCountryStatisticsPrice._decoders = {
    "price": _decode_price,
    "currency": _decode_currency,
    "additional_properties": _decode_additional_properties,
}
SmsStatsCountryStatisticsPrice._encoders = {
    "price": _encode_price,
    "currency": _encode_currency,
}
