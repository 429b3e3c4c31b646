from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="LpsStats")


@_attrs_define
class LpsStats(WireModel):
    """
    Attributes:
        lps_id (str): The landing page ID Example: 6ee7597f-9bde-4b92-9411-2fb228c9fa34.
        name (str | Unset):  Example: Some example landing page.
        page_views (int | Unset): The total number of times your landing page was viewed or refreshed Example: 9.
        visits (int | Unset): The number of browsing sessions initiated on your landing page Example: 5.
        unique_visitors (int | Unset): The number of people who visited your landing page Example: 5.
        thumbnail_url (str | Unset): Direct hyperlink to a resource Example: https://us-wbe-img2.gr-
            cdn.com/user/X/Y.webp.
    """

    lps_id: str
    name: str | Unset = UNSET
    page_views: int | Unset = UNSET
    visits: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        lps_id = self.lps_id

        name = self.name

        page_views = self.page_views

        visits = self.visits

        unique_visitors = self.unique_visitors

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lpsId": lps_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if page_views is not UNSET:
            field_dict["pageViews"] = page_views
        if visits is not UNSET:
            field_dict["visits"] = visits
        if unique_visitors is not UNSET:
            field_dict["uniqueVisitors"] = unique_visitors
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url

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


def _encode_lps_id(self: LpsStats) -> Any:
    lps_id = self.lps_id
    return lps_id


def _encode_name(self: LpsStats) -> Any:
    name = self.name
    return name


def _encode_page_views(self: LpsStats) -> Any:
    page_views = self.page_views
    return page_views


def _encode_visits(self: LpsStats) -> Any:
    visits = self.visits
    return visits


def _encode_unique_visitors(self: LpsStats) -> Any:
    unique_visitors = self.unique_visitors
    return unique_visitors


def _encode_thumbnail_url(self: LpsStats) -> Any:
    thumbnail_url = self.thumbnail_url
    return thumbnail_url


def _from_dict(cls: type[LpsStats], src_dict: Mapping[str, Any]) -> LpsStats:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.lps_id = get("lpsId", UNSET)
    self.name = get("name", UNSET)
    self.page_views = get("pageViews", UNSET)
    self.visits = get("visits", UNSET)
    self.unique_visitors = get("uniqueVisitors", UNSET)
    self.thumbnail_url = get("thumbnailUrl", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LpsStats._wire_fields}


setattr(LpsStats, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
LpsStats._wire_names = {
    "lps_id": "lpsId",
    "name": "name",
    "page_views": "pageViews",
    "visits": "visits",
    "unique_visitors": "uniqueVisitors",
    "thumbnail_url": "thumbnailUrl",
}
LpsStats._wire_fields = frozenset(LpsStats._wire_names.values())
LpsStats._decoders = {
    "lps_id": None,
    "name": None,
    "page_views": None,
    "visits": None,
    "unique_visitors": None,
    "thumbnail_url": None,
}
LpsStats._encoders = {
    "lps_id": _encode_lps_id,
    "name": _encode_name,
    "page_views": _encode_page_views,
    "visits": _encode_visits,
    "unique_visitors": _encode_unique_visitors,
    "thumbnail_url": _encode_thumbnail_url,
}
LpsStats._extra_decoder = _decode_additional_properties
