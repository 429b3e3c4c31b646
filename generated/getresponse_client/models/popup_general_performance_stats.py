from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="PopupGeneralPerformanceStats")


@_attrs_define
class PopupGeneralPerformanceStats(WireModel):
    """
    Attributes:
        popup_id (str): The form or popup ID Example: 7189c47e-e45f-4c45-a882-08649c48ff96.
        views (int | Unset): The total number of times your popup was viewed by website visitors Example: 9.
        clicks (int | Unset): The number of clicks Example: 2.
        ctr (int | Unset): The number of clicks divided by the number of views, shown as a percentage Example: 5.
        leads (int | Unset): The number of leads Example: 2.
    """

    popup_id: str
    views: int | Unset = UNSET
    clicks: int | Unset = UNSET
    ctr: int | Unset = UNSET
    leads: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        popup_id = self.popup_id

        views = self.views

        clicks = self.clicks

        ctr = self.ctr

        leads = self.leads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "popupId": popup_id,
            }
        )
        if views is not UNSET:
            field_dict["views"] = views
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if ctr is not UNSET:
            field_dict["ctr"] = ctr
        if leads is not UNSET:
            field_dict["leads"] = leads

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


def _encode_popup_id(self: PopupGeneralPerformanceStats) -> Any:
    popup_id = self.popup_id
    return popup_id


def _encode_views(self: PopupGeneralPerformanceStats) -> Any:
    views = self.views
    return views


def _encode_clicks(self: PopupGeneralPerformanceStats) -> Any:
    clicks = self.clicks
    return clicks


def _encode_ctr(self: PopupGeneralPerformanceStats) -> Any:
    ctr = self.ctr
    return ctr


def _encode_leads(self: PopupGeneralPerformanceStats) -> Any:
    leads = self.leads
    return leads


def _from_dict(cls: type[PopupGeneralPerformanceStats], src_dict: Mapping[str, Any]) -> PopupGeneralPerformanceStats:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.popup_id = get("popupId", UNSET)
    self.views = get("views", UNSET)
    self.clicks = get("clicks", UNSET)
    self.ctr = get("ctr", UNSET)
    self.leads = get("leads", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in PopupGeneralPerformanceStats._wire_fields}


setattr(PopupGeneralPerformanceStats, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
PopupGeneralPerformanceStats._wire_names = {
    "popup_id": "popupId",
    "views": "views",
    "clicks": "clicks",
    "ctr": "ctr",
    "leads": "leads",
}
PopupGeneralPerformanceStats._wire_fields = frozenset(PopupGeneralPerformanceStats._wire_names.values())
PopupGeneralPerformanceStats._decoders = {
    "popup_id": None,
    "views": None,
    "clicks": None,
    "ctr": None,
    "leads": None,
}
PopupGeneralPerformanceStats._encoders = {
    "popup_id": _encode_popup_id,
    "views": _encode_views,
    "clicks": _encode_clicks,
    "ctr": _encode_ctr,
    "leads": _encode_leads,
}
PopupGeneralPerformanceStats._extra_decoder = _decode_additional_properties
