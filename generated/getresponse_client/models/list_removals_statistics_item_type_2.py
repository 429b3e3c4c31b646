from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListRemovalsStatisticsItemType2")


@_attrs_define
class ListRemovalsStatisticsItemType2(WireModel):
    """
    Attributes:
        blacklisted (int | Unset):  Example: 1.
    """

    blacklisted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        blacklisted = self.blacklisted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blacklisted is not UNSET:
            field_dict["blacklisted"] = blacklisted

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


def _encode_blacklisted(self: ListRemovalsStatisticsItemType2) -> Any:
    blacklisted = self.blacklisted
    return blacklisted


def _from_dict(
    cls: type[ListRemovalsStatisticsItemType2], src_dict: Mapping[str, Any]
) -> ListRemovalsStatisticsItemType2:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.blacklisted = get("blacklisted", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListRemovalsStatisticsItemType2._wire_fields}


setattr(
    ListRemovalsStatisticsItemType2, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListRemovalsStatisticsItemType2._wire_names = {
    "blacklisted": "blacklisted",
}
ListRemovalsStatisticsItemType2._wire_fields = frozenset(ListRemovalsStatisticsItemType2._wire_names.values())
ListRemovalsStatisticsItemType2._decoders = {
    "blacklisted": None,
}
ListRemovalsStatisticsItemType2._encoders = {
    "blacklisted": _encode_blacklisted,
}
ListRemovalsStatisticsItemType2._extra_decoder = _decode_additional_properties
