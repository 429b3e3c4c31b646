from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Required, TypedDict

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
class NewShop(WireModel):
    """
    Attributes:
        name (str): The shop name Example: Monster market.
        locale (str): The language locale (ISO 639-1) Example: PL.
        currency (str): The currency code (ISO 4217) Example: PLN.
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
        shop_id (str | Unset): The shop ID Example: pf3.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3.
    """

    name: str
    locale: str
    currency: str
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    shop_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
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


def _from_dict(cls: type[NewShop], src_dict: Mapping[str, Any]) -> NewShop:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("locale", UNSET)
    if value is UNSET:
        not_in_response(self, "locale")
    else:
        self.locale = value
    value = get("currency", UNSET)
    if value is UNSET:
        not_in_response(self, "currency")
    else:
        self.currency = value
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewShop._wire_fields}


class NewShopDict(TypedDict, total=False):
    """NewShop as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    locale: Required[str]
    currency: Required[str]


setattr(NewShop, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewShop._wire_names = {
    "name": "name",
    "locale": "locale",
    "currency": "currency",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
    "shop_id": "shopId",
    "href": "href",
}
NewShop._wire_fields = frozenset(NewShop._wire_names.values())
NewShop._read_only = frozenset(["created_on", "href", "shop_id", "updated_on"])
NewShop._decoders = {
    "name": None,
    "locale": None,
    "currency": None,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "shop_id": None,
    "href": None,
}
NewShop._extra_decoder = _decode_additional_properties
