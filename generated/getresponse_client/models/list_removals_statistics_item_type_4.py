from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListRemovalsStatisticsItemType4")


@_attrs_define
class ListRemovalsStatisticsItemType4(WireModel):
    """
    Attributes:
        cleaner (int | Unset):  Example: 1.
    """

    cleaner: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        cleaner = self.cleaner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cleaner is not UNSET:
            field_dict["cleaner"] = cleaner

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


def _encode_cleaner(self: ListRemovalsStatisticsItemType4) -> Any:
    cleaner = self.cleaner
    return cleaner


def _from_dict(
    cls: type[ListRemovalsStatisticsItemType4], src_dict: Mapping[str, Any]
) -> ListRemovalsStatisticsItemType4:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.cleaner = get("cleaner", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListRemovalsStatisticsItemType4._wire_fields}


setattr(
    ListRemovalsStatisticsItemType4, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListRemovalsStatisticsItemType4._wire_names = {
    "cleaner": "cleaner",
}
ListRemovalsStatisticsItemType4._wire_fields = frozenset(ListRemovalsStatisticsItemType4._wire_names.values())
ListRemovalsStatisticsItemType4._decoders = {
    "cleaner": None,
}
ListRemovalsStatisticsItemType4._encoders = {
    "cleaner": _encode_cleaner,
}
ListRemovalsStatisticsItemType4._extra_decoder = _decode_additional_properties
