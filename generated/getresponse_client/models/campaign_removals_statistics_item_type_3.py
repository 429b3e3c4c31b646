from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignRemovalsStatisticsItemType3")


@_attrs_define
class CampaignRemovalsStatisticsItemType3(WireModel):
    """
    Attributes:
        bounce (int | Unset):  Example: 1.
    """

    bounce: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        bounce = self.bounce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounce is not UNSET:
            field_dict["bounce"] = bounce

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


def _decode_bounce(d: Mapping[str, Any]) -> int | Unset:
    bounce: int | Unset = d.get("bounce", UNSET)
    return bounce


def _encode_bounce(self: CampaignRemovalsStatisticsItemType3) -> Any:
    bounce = self.bounce
    return bounce


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CampaignRemovalsStatisticsItemType3._wire_fields}


CampaignRemovalsStatisticsItemType3._wire_names = {
    "bounce": "bounce",
}
CampaignRemovalsStatisticsItemType3._wire_fields = frozenset(CampaignRemovalsStatisticsItemType3._wire_names.values())
CampaignRemovalsStatisticsItemType3._decoders = {
    "bounce": _decode_bounce,
    "additional_properties": _decode_additional_properties,
}
CampaignRemovalsStatisticsItemType3._encoders = {
    "bounce": _encode_bounce,
}
