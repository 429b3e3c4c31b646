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
class Tax(WireModel):
    """
    Attributes:
        tax_id (str): The tax ID Example: Sk.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/taxes/Sk.
        name (str | Unset): The tax name Example: VAT.
        rate (float | Unset): The rate value Example: 23.
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
    """

    tax_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    rate: float | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _from_dict(cls: type[Tax], src_dict: Mapping[str, Any]) -> Tax:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("taxId", UNSET)
    if value is UNSET:
        not_in_response(self, "tax_id")
    else:
        self.tax_id = value
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.rate = get("rate", UNSET)
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
    value = get("updatedOn", UNSET)
    if type(value) is str:
        try:
            self.updated_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    elif absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Tax._wire_fields}


setattr(Tax, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Tax._wire_names = {
    "tax_id": "taxId",
    "href": "href",
    "name": "name",
    "rate": "rate",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
}
Tax._wire_fields = frozenset(Tax._wire_names.values())
Tax._decoders = {
    "tax_id": None,
    "href": None,
    "name": None,
    "rate": None,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
}
Tax._extra_decoder = _decode_additional_properties
