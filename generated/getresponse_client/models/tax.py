from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax(WireModel):
    """
    Attributes:
        tax_id (str | Unset): The tax ID Example: Sk.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/taxes/Sk.
        name (str | Unset): The tax name Example: VAT.
        rate (float | Unset): The rate value Example: 23.
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
    """

    tax_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        tax_id = self.tax_id

        href = self.href

        name = self.name

        rate = self.rate

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

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
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on

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


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_updated_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _updated_on = d.get("updatedOn", UNSET)
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _encode_tax_id(self: Tax) -> Any:
    tax_id = self.tax_id
    return tax_id


def _encode_href(self: Tax) -> Any:
    href = self.href
    return href


def _encode_name(self: Tax) -> Any:
    name = self.name
    return name


def _encode_rate(self: Tax) -> Any:
    rate = self.rate
    return rate


def _encode_created_on(self: Tax) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_updated_on(self: Tax) -> Any:
    updated_on: str | Unset = UNSET
    if not isinstance(self.updated_on, Unset):
        updated_on = self.updated_on.isoformat()
    return updated_on


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Tax._wire_fields}


Tax._wire_names = {
    "tax_id": "taxId",
    "href": "href",
    "name": "name",
    "rate": "rate",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
}
Tax._wire_fields = frozenset(Tax._wire_names.values())
Tax._decoders = {
    "tax_id": _decode_tax_id,
    "href": _decode_href,
    "name": _decode_name,
    "rate": _decode_rate,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "additional_properties": _decode_additional_properties,
}
Tax._encoders = {
    "tax_id": _encode_tax_id,
    "href": _encode_href,
    "name": _encode_name,
    "rate": _encode_rate,
    "created_on": _encode_created_on,
    "updated_on": _encode_updated_on,
}
