from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

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


def _encode_price(self: SmsStatsCountryStatisticsPrice) -> Any:
    price = self.price
    return price


def _encode_currency(self: SmsStatsCountryStatisticsPrice) -> Any:
    currency = self.currency
    return currency


def _from_dict(
    cls: type[SmsStatsCountryStatisticsPrice], src_dict: Mapping[str, Any]
) -> SmsStatsCountryStatisticsPrice:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.price = get("price", UNSET)
    self.currency = get("currency", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsCountryStatisticsPrice._wire_fields}


setattr(
    SmsStatsCountryStatisticsPrice, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
SmsStatsCountryStatisticsPrice._wire_names = {
    "price": "price",
    "currency": "currency",
}
SmsStatsCountryStatisticsPrice._wire_fields = frozenset(SmsStatsCountryStatisticsPrice._wire_names.values())
SmsStatsCountryStatisticsPrice._decoders = {
    "price": None,
    "currency": None,
}
SmsStatsCountryStatisticsPrice._encoders = {
    "price": _encode_price,
    "currency": _encode_currency,
}
SmsStatsCountryStatisticsPrice._extra_decoder = _decode_additional_properties
