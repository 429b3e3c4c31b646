from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListLocationItemAdditionalProperty")


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

    def _encode(self) -> dict[str, Any]:
        amount = self.amount

        continental_code = self.continental_code

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if continental_code is not UNSET:
            field_dict["continentalCode"] = continental_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

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


def _encode_amount(self: ListLocationItemAdditionalProperty) -> Any:
    amount = self.amount
    return amount


def _encode_continental_code(self: ListLocationItemAdditionalProperty) -> Any:
    continental_code = self.continental_code
    return continental_code


def _encode_country_code(self: ListLocationItemAdditionalProperty) -> Any:
    country_code = self.country_code
    return country_code


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
ListLocationItemAdditionalProperty._encoders = {
    "amount": _encode_amount,
    "continental_code": _encode_continental_code,
    "country_code": _encode_country_code,
}
ListLocationItemAdditionalProperty._extra_decoder = _decode_additional_properties
