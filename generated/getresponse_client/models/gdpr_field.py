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
class GDPRField(WireModel):
    """
    Attributes:
        gdpr_field_id (str):  Example: MtY.
        name (str | Unset): The name of the GDPR field Example: Consent #1.
        created_on (datetime.datetime | Unset):  Example: 2018-08-01T09:18:00+0000.
        href (str | Unset): The direct hyperlink to the resource Example: https://api.getresponse.com/v3/gdpr-
            fields/MtY.
    """

    gdpr_field_id: str
    name: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _from_dict(cls: type[GDPRField], src_dict: Mapping[str, Any]) -> GDPRField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("gdprFieldId", UNSET)
    if value is UNSET:
        not_in_response(self, "gdpr_field_id")
    else:
        self.gdpr_field_id = value
    self.name = get("name", UNSET)
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
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in GDPRField._wire_fields}


setattr(GDPRField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
GDPRField._wire_names = {
    "gdpr_field_id": "gdprFieldId",
    "name": "name",
    "created_on": "createdOn",
    "href": "href",
}
GDPRField._wire_fields = frozenset(GDPRField._wire_names.values())
GDPRField._decoders = {
    "gdpr_field_id": None,
    "name": None,
    "created_on": _decode_created_on,
    "href": None,
}
GDPRField._extra_decoder = _decode_additional_properties
