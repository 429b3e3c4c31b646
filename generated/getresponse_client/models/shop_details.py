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
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
class ShopDetails(WireModel):
    """
    Attributes:
        shop_id (str): The shop ID Example: pf3.
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3.
        name (str | Unset): The shop name Example: Monster market.
        locale (str | Unset): The language locale (ISO 639-1) Example: PL.
        currency (str | Unset): The currency code (ISO 4217) Example: PLN.
        product_count (int | Unset): Amount of products in the shop Example: 10.
        product_revenue (float | Unset): Total revenue from purchased products Example: 1.23.
        revenue_currency (str | Unset): The revenue currency code (ISO 4217) Example: PLN.
    """

    shop_id: str
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    locale: str | Unset = UNSET
    currency: str | Unset = UNSET
    product_count: int | Unset = UNSET
    product_revenue: float | Unset = UNSET
    revenue_currency: str | Unset = UNSET
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


def _from_dict(cls: type[ShopDetails], src_dict: Mapping[str, Any]) -> ShopDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("shopId", UNSET)
    if value is UNSET:
        not_in_response(self, "shop_id")
    else:
        self.shop_id = value
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
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.locale = get("locale", UNSET)
    self.currency = get("currency", UNSET)
    value = get("productCount", UNSET)
    if type(value) is int or absent(value):
        self.product_count = value
    else:
        try:
            self.product_count = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "product_count", value, error)
    self.product_revenue = get("productRevenue", UNSET)
    self.revenue_currency = get("revenueCurrency", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ShopDetails._wire_fields}


setattr(ShopDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ShopDetails._wire_names = {
    "shop_id": "shopId",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
    "href": "href",
    "name": "name",
    "locale": "locale",
    "currency": "currency",
    "product_count": "productCount",
    "product_revenue": "productRevenue",
    "revenue_currency": "revenueCurrency",
}
ShopDetails._wire_fields = frozenset(ShopDetails._wire_names.values())
ShopDetails._decoders = {
    "shop_id": None,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "href": None,
    "name": None,
    "locale": None,
    "currency": None,
    "product_count": wire_int,
    "product_revenue": None,
    "revenue_currency": None,
}
ShopDetails._extra_decoder = _decode_additional_properties
