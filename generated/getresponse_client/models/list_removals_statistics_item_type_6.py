from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
class ListRemovalsStatisticsItemType6(WireModel):
    """
    Attributes:
        support (int | Unset):  Example: 1.
    """

    support: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
    value = get("support", UNSET)
    if type(value) is int or absent(value):
        self.support = value
    else:
        try:
            self.support = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "support", value, error)
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
    "support": wire_int,
}
ListRemovalsStatisticsItemType6._extra_decoder = _decode_additional_properties
