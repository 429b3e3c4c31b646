from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndustryTagId")


@_attrs_define
class IndustryTagId(WireModel):
    """
    Attributes:
        industry_tag_id (str | Unset): Industry tag ID Example: 1.
    """

    industry_tag_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        industry_tag_id = self.industry_tag_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if industry_tag_id is not UNSET:
            field_dict["industryTagId"] = industry_tag_id

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


def _decode_industry_tag_id(d: Mapping[str, Any]) -> str | Unset:
    industry_tag_id: str | Unset = d.get("industryTagId", UNSET)
    return industry_tag_id


def _encode_industry_tag_id(self: IndustryTagId) -> Any:
    industry_tag_id = self.industry_tag_id
    return industry_tag_id


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in IndustryTagId._wire_fields}


IndustryTagId._wire_names = {
    "industry_tag_id": "industryTagId",
}
IndustryTagId._wire_fields = frozenset(IndustryTagId._wire_names.values())
IndustryTagId._decoders = {
    "industry_tag_id": _decode_industry_tag_id,
    "additional_properties": _decode_additional_properties,
}
IndustryTagId._encoders = {
    "industry_tag_id": _encode_industry_tag_id,
}
