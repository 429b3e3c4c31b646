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
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define
class GDPRFieldLatestVersion(WireModel):
    """
    Attributes:
        gdpr_field_version_id (str | Unset):  Example: yRI.
        content (str | Unset): The content of the GDPR field Example: 1st version of Consent #1.
        created_on (datetime.datetime | Unset):  Example: 2018-08-02T11:12:00+0000.
    """

    gdpr_field_version_id: str | Unset = UNSET
    content: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[GDPRFieldLatestVersion], src_dict: Mapping[str, Any]) -> GDPRFieldLatestVersion:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.gdpr_field_version_id = get("gdprFieldVersionId", UNSET)
    self.content = get("content", UNSET)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GDPRFieldLatestVersion._wire_fields}


setattr(GDPRFieldLatestVersion, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
GDPRFieldLatestVersion._wire_names = {
    "gdpr_field_version_id": "gdprFieldVersionId",
    "content": "content",
    "created_on": "createdOn",
}
GDPRFieldLatestVersion._wire_fields = frozenset(GDPRFieldLatestVersion._wire_names.values())
GDPRFieldLatestVersion._decoders = {
    "gdpr_field_version_id": None,
    "content": None,
    "created_on": _decode_created_on,
}
GDPRFieldLatestVersion._extra_decoder = _decode_additional_properties
