from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoresponderDetailsCampaign")


@_attrs_define
class AutoresponderDetailsCampaign(WireModel):
    """The autoresponder campaign (list)

    Attributes:
        id (str | Unset): Campaign ID Example: C.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/C.
        name (None | str | Unset): The campaign name Example: Promo campaign.
    """

    id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name

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


def _decode_id(d: Mapping[str, Any]) -> str | Unset:
    id: str | Unset = d.get("id", UNSET)
    return id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_name(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_name(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    name = _parse_name(d.get("name", UNSET))

    return name


def _encode_id(self: AutoresponderDetailsCampaign) -> Any:
    id = self.id
    return id


def _encode_href(self: AutoresponderDetailsCampaign) -> Any:
    href = self.href
    return href


def _encode_name(self: AutoresponderDetailsCampaign) -> Any:
    name: None | str | Unset
    if isinstance(self.name, Unset):
        name = UNSET
    else:
        name = self.name
    return name


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderDetailsCampaign._wire_fields}


AutoresponderDetailsCampaign._wire_names = {
    "id": "id",
    "href": "href",
    "name": "name",
}
AutoresponderDetailsCampaign._wire_fields = frozenset(AutoresponderDetailsCampaign._wire_names.values())
AutoresponderDetailsCampaign._decoders = {
    "id": _decode_id,
    "href": _decode_href,
    "name": _decode_name,
    "additional_properties": _decode_additional_properties,
}
AutoresponderDetailsCampaign._encoders = {
    "id": _encode_id,
    "href": _encode_href,
    "name": _encode_name,
}
