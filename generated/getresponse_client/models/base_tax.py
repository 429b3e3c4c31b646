from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="BaseTax")


@_attrs_define
class BaseTax(WireModel):
    """
    Attributes:
        tax_id (str | Unset): The tax ID Example: Sk.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/taxes/Sk.
        name (str | Unset): The tax name Example: VAT.
        rate (float | Unset): The rate value Example: 23.
    """

    tax_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        tax_id = self.tax_id

        href = self.href

        name = self.name

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if rate is not UNSET:
            field_dict["rate"] = rate

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


def _decode_tax_id(d: Mapping[str, Any]) -> str | Unset:
    tax_id: str | Unset = d.get("taxId", UNSET)
    return tax_id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_rate(d: Mapping[str, Any]) -> float | Unset:
    rate: float | Unset = d.get("rate", UNSET)
    return rate


def _encode_tax_id(self: BaseTax) -> Any:
    tax_id = self.tax_id
    return tax_id


def _encode_href(self: BaseTax) -> Any:
    href = self.href
    return href


def _encode_name(self: BaseTax) -> Any:
    name = self.name
    return name


def _encode_rate(self: BaseTax) -> Any:
    rate = self.rate
    return rate


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseTax._wire_fields}


BaseTax._wire_names = {
    "tax_id": "taxId",
    "href": "href",
    "name": "name",
    "rate": "rate",
}
BaseTax._wire_fields = frozenset(BaseTax._wire_names.values())
BaseTax._decoders = {
    "tax_id": _decode_tax_id,
    "href": _decode_href,
    "name": _decode_name,
    "rate": _decode_rate,
    "additional_properties": _decode_additional_properties,
}
BaseTax._encoders = {
    "tax_id": _encode_tax_id,
    "href": _encode_href,
    "name": _encode_name,
    "rate": _encode_rate,
}
