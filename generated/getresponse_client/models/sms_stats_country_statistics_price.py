from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


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
SmsStatsCountryStatisticsPrice._extra_decoder = _decode_additional_properties
