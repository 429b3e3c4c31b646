from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListReference")


@_attrs_define
class ListReference(WireModel):
    """A reference to a list (campaign in the API).

    Attributes:
        campaign_id (str): Campaign ID Example: C.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/C.
        name (None | str | Unset): The campaign name Example: Promo campaign.
    """

    campaign_id: str
    href: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        href = self.href

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
            }
        )
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


def _encode_campaign_id(self: ListReference) -> Any:
    campaign_id = self.campaign_id
    return campaign_id


def _encode_href(self: ListReference) -> Any:
    href = self.href
    return href


def _encode_name(self: ListReference) -> Any:
    name: None | str | Unset
    if isinstance(self.name, Unset):
        name = UNSET
    else:
        name = self.name
    return name


def _from_dict(cls: type[ListReference], src_dict: Mapping[str, Any]) -> ListReference:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.campaign_id = get("campaignId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListReference._wire_fields}


setattr(ListReference, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ListReference._wire_names = {
    "campaign_id": "campaignId",
    "href": "href",
    "name": "name",
}
ListReference._wire_fields = frozenset(ListReference._wire_names.values())
ListReference._decoders = {
    "campaign_id": None,
    "href": None,
    "name": None,
}
ListReference._encoders = {
    "campaign_id": _encode_campaign_id,
    "href": _encode_href,
    "name": _encode_name,
}
ListReference._extra_decoder = _decode_additional_properties
