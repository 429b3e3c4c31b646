from __future__ import annotations

import datetime
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
    not_in_response,
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define
class UpsertTagsResponse200Item(WireModel):
    """
    Attributes:
        tag_id (str):  Example: hR.
        name (str | Unset):  Example: super_promo.
        href (str | Unset):  Example: https://api.getresponse.com/v3/tags/hR.
        color (str | Unset):
        created_at (datetime.datetime | Unset):  Example: 2024-07-20T06:24:14+0000.
    """

    tag_id: str
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    color: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_at(json_value_: Any) -> datetime.datetime | Unset:
    _created_at = json_value_
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)

    return created_at


def _from_dict(cls: type[UpsertTagsResponse200Item], src_dict: Mapping[str, Any]) -> UpsertTagsResponse200Item:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("tagId", UNSET)
    if value is UNSET:
        not_in_response(self, "tag_id")
    else:
        self.tag_id = value
    self.name = get("name", UNSET)
    self.href = get("href", UNSET)
    self.color = get("color", UNSET)
    value = get("createdAt", UNSET)
    if type(value) is str:
        try:
            self.created_at = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    elif absent(value):
        self.created_at = value
    else:
        try:
            self.created_at = _decode_created_at(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_at", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertTagsResponse200Item._wire_fields}


setattr(UpsertTagsResponse200Item, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpsertTagsResponse200Item._wire_names = {
    "tag_id": "tagId",
    "name": "name",
    "href": "href",
    "color": "color",
    "created_at": "createdAt",
}
UpsertTagsResponse200Item._wire_fields = frozenset(UpsertTagsResponse200Item._wire_names.values())
UpsertTagsResponse200Item._decoders = {
    "tag_id": None,
    "name": None,
    "href": None,
    "color": None,
    "created_at": _decode_created_at,
}
UpsertTagsResponse200Item._extra_decoder = _decode_additional_properties
