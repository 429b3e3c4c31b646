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
class ListLocationItemAdditionalProperty(WireModel):
    """The results are indexed with the location name (PL, EN, etc.)

    Attributes:
        amount (str | Unset): The amount of subscribers from a given location Example: 0.
        continental_code (str | Unset): The region code Example: EU.
        country_code (str | Unset): The country code Example: PL.
    """

    amount: str | Unset = UNSET
    continental_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[ListLocationItemAdditionalProperty], src_dict: Mapping[str, Any]
) -> ListLocationItemAdditionalProperty:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.amount = get("amount", UNSET)
    self.continental_code = get("continentalCode", UNSET)
    self.country_code = get("countryCode", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListLocationItemAdditionalProperty._wire_fields}


setattr(
    ListLocationItemAdditionalProperty, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListLocationItemAdditionalProperty._wire_names = {
    "amount": "amount",
    "continental_code": "continentalCode",
    "country_code": "countryCode",
}
ListLocationItemAdditionalProperty._wire_fields = frozenset(ListLocationItemAdditionalProperty._wire_names.values())
ListLocationItemAdditionalProperty._decoders = {
    "amount": None,
    "continental_code": None,
    "country_code": None,
}
ListLocationItemAdditionalProperty._extra_decoder = _decode_additional_properties
