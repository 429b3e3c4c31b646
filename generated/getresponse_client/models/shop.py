from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypedDict

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
class Shop(WireModel):
    """
    Attributes:
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
        shop_id (str | Unset): The shop ID Example: pf3.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3.
        name (str | Unset): The shop name Example: Monster market.
        locale (str | Unset): The language locale (ISO 639-1) Example: PL.
        currency (str | Unset): The currency code (ISO 4217) Example: PLN.
    """

    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    shop_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    locale: str | Unset = UNSET
    currency: str | Unset = UNSET
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


def _from_dict(cls: type[Shop], src_dict: Mapping[str, Any]) -> Shop:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
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
    self.shop_id = get("shopId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.locale = get("locale", UNSET)
    self.currency = get("currency", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Shop._wire_fields}


class ShopDict(TypedDict, total=False):
    """Shop as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    locale: str
    currency: str


setattr(Shop, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Shop._wire_names = {
    "created_on": "createdOn",
    "updated_on": "updatedOn",
    "shop_id": "shopId",
    "href": "href",
    "name": "name",
    "locale": "locale",
    "currency": "currency",
}
Shop._wire_fields = frozenset(Shop._wire_names.values())
Shop._read_only = frozenset(["created_on", "href", "shop_id", "updated_on"])
Shop._decoders = {
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "shop_id": None,
    "href": None,
    "name": None,
    "locale": None,
    "currency": None,
}
Shop._extra_decoder = _decode_additional_properties
