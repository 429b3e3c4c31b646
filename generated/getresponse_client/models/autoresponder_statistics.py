from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class AutoresponderStatistics(WireModel):
    """The autoresponder statistics summary

    Attributes:
        delivered (float | Unset):  Example: 0.
        open_rate (float | Unset):  Example: 0.
        click_rate (float | Unset):  Example: 0.
    """

    delivered: float | Unset = UNSET
    open_rate: float | Unset = UNSET
    click_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[AutoresponderStatistics], src_dict: Mapping[str, Any]) -> AutoresponderStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.delivered = get("delivered", UNSET)
    self.open_rate = get("openRate", UNSET)
    self.click_rate = get("clickRate", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderStatistics._wire_fields}


class AutoresponderStatisticsDict(TypedDict, total=False):
    """AutoresponderStatistics as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    delivered: float
    openRate: float
    clickRate: float


setattr(AutoresponderStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AutoresponderStatistics._wire_names = {
    "delivered": "delivered",
    "open_rate": "openRate",
    "click_rate": "clickRate",
}
AutoresponderStatistics._wire_fields = frozenset(AutoresponderStatistics._wire_names.values())
AutoresponderStatistics._decoders = {
    "delivered": None,
    "open_rate": None,
    "click_rate": None,
}
AutoresponderStatistics._extra_decoder = _decode_additional_properties
