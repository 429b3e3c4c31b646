from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignRemovalsStatisticsItemType0")


@_attrs_define
class CampaignRemovalsStatisticsItemType0(WireModel):
    """
    Attributes:
        api (int | Unset):  Example: 1.
    """

    api: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        api = self.api

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api is not UNSET:
            field_dict["api"] = api

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


def _decode_api(d: Mapping[str, Any]) -> int | Unset:
    api: int | Unset = d.get("api", UNSET)
    return api


def _encode_api(self: CampaignRemovalsStatisticsItemType0) -> Any:
    api = self.api
    return api


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CampaignRemovalsStatisticsItemType0._wire_fields}


CampaignRemovalsStatisticsItemType0._wire_names = {
    "api": "api",
}
CampaignRemovalsStatisticsItemType0._wire_fields = frozenset(CampaignRemovalsStatisticsItemType0._wire_names.values())
CampaignRemovalsStatisticsItemType0._decoders = {
    "api": _decode_api,
    "additional_properties": _decode_additional_properties,
}
CampaignRemovalsStatisticsItemType0._encoders = {
    "api": _encode_api,
}
