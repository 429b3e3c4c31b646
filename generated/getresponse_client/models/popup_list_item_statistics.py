from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset


@_attrs_define
class PopupListItemStatistics(WireModel):
    """
    Attributes:
        views (int | Unset): The total number of times your popup was viewed by website visitors Example: 9.
        unique_visitors (int | Unset): The total number of visitors Example: 10.
        leads (int | Unset): The number of leads Example: 5.
        ctr (int | Unset): The number of clicks divided by the number of views, shown as a percentage Example: 52.
    """

    views: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    leads: int | Unset = UNSET
    ctr: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[PopupListItemStatistics], src_dict: Mapping[str, Any]) -> PopupListItemStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.views = get("views", UNSET)
    self.unique_visitors = get("uniqueVisitors", UNSET)
    self.leads = get("leads", UNSET)
    self.ctr = get("ctr", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupListItemStatistics._wire_fields}


setattr(PopupListItemStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
PopupListItemStatistics._wire_names = {
    "views": "views",
    "unique_visitors": "uniqueVisitors",
    "leads": "leads",
    "ctr": "ctr",
}
PopupListItemStatistics._wire_fields = frozenset(PopupListItemStatistics._wire_names.values())
PopupListItemStatistics._decoders = {
    "views": None,
    "unique_visitors": None,
    "leads": None,
    "ctr": None,
}
PopupListItemStatistics._extra_decoder = _decode_additional_properties
