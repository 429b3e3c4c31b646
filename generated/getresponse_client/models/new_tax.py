from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewTax")


@_attrs_define
class NewTax(WireModel):
    """
    Attributes:
        name (str): The tax name Example: VAT.
        rate (float): The rate value Example: 23.
        tax_id (str | Unset): The tax ID Example: Sk.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/taxes/Sk.
    """

    name: str
    rate: float
    tax_id: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        rate = self.rate

        tax_id = self.tax_id

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "rate": rate,
            }
        )
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if href is not UNSET:
            field_dict["href"] = href

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


def _encode_name(self: NewTax) -> Any:
    name = self.name
    return name


def _encode_rate(self: NewTax) -> Any:
    rate = self.rate
    return rate


def _encode_tax_id(self: NewTax) -> Any:
    tax_id = self.tax_id
    return tax_id


def _encode_href(self: NewTax) -> Any:
    href = self.href
    return href


def _from_dict(cls: type[NewTax], src_dict: Mapping[str, Any]) -> NewTax:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.name = get("name", UNSET)
    self.rate = get("rate", UNSET)
    self.tax_id = get("taxId", UNSET)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewTax._wire_fields}


setattr(NewTax, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewTax._wire_names = {
    "name": "name",
    "rate": "rate",
    "tax_id": "taxId",
    "href": "href",
}
NewTax._wire_fields = frozenset(NewTax._wire_names.values())
NewTax._decoders = {
    "name": None,
    "rate": None,
    "tax_id": None,
    "href": None,
}
NewTax._encoders = {
    "name": _encode_name,
    "rate": _encode_rate,
    "tax_id": _encode_tax_id,
    "href": _encode_href,
}
NewTax._extra_decoder = _decode_additional_properties
