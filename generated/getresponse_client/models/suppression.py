from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Suppression")


@_attrs_define
class Suppression(WireModel):
    """
    Attributes:
        suppression_id (str): The suppression ID Example: pypF.
        name (str | Unset): The suppression name Example: suppression-name.
        created_on (datetime.datetime | Unset): Created on DateTime in the ISO8601 format Example:
            2018-07-26T06:33:13+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/suppressions/pypF.
    """

    suppression_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        suppression_id = self.suppression_id

        name = self.name

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "suppressionId": suppression_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
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


def _decode_suppression_id(d: Mapping[str, Any]) -> str:
    suppression_id: str = d["suppressionId"]
    return suppression_id


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _encode_suppression_id(self: Suppression) -> Any:
    suppression_id = self.suppression_id
    return suppression_id


def _encode_name(self: Suppression) -> Any:
    name = self.name
    return name


def _encode_created_on(self: Suppression) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_href(self: Suppression) -> Any:
    href = self.href
    return href


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Suppression._wire_fields}


Suppression._wire_names = {
    "suppression_id": "suppressionId",
    "name": "name",
    "created_on": "createdOn",
    "href": "href",
}
Suppression._wire_fields = frozenset(Suppression._wire_names.values())
Suppression._decoders = {
    "suppression_id": _decode_suppression_id,
    "name": _decode_name,
    "created_on": _decode_created_on,
    "href": _decode_href,
    "additional_properties": _decode_additional_properties,
}
Suppression._encoders = {
    "suppression_id": _encode_suppression_id,
    "name": _encode_name,
    "created_on": _encode_created_on,
    "href": _encode_href,
}
