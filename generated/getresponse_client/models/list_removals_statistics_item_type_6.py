from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListRemovalsStatisticsItemType6")


@_attrs_define
class ListRemovalsStatisticsItemType6(WireModel):
    """
    Attributes:
        support (int | Unset):  Example: 1.
    """

    support: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        support = self.support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if support is not UNSET:
            field_dict["support"] = support

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


def _encode_support(self: ListRemovalsStatisticsItemType6) -> Any:
    support = self.support
    return support


def _from_dict(
    cls: type[ListRemovalsStatisticsItemType6], src_dict: Mapping[str, Any]
) -> ListRemovalsStatisticsItemType6:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.support = get("support", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListRemovalsStatisticsItemType6._wire_fields}


setattr(
    ListRemovalsStatisticsItemType6, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListRemovalsStatisticsItemType6._wire_names = {
    "support": "support",
}
ListRemovalsStatisticsItemType6._wire_fields = frozenset(ListRemovalsStatisticsItemType6._wire_names.values())
ListRemovalsStatisticsItemType6._decoders = {
    "support": None,
}
ListRemovalsStatisticsItemType6._encoders = {
    "support": _encode_support,
}
ListRemovalsStatisticsItemType6._extra_decoder = _decode_additional_properties
