from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


bind_fields(
    ShopDetails,
    {
        "shop_id": WireField("shopId", required=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
        "href": WireField("href"),
        "name": WireField("name"),
        "locale": WireField("locale"),
        "currency": WireField("currency"),
        "product_count": WireField("productCount", decode=wire_int),
        "product_revenue": WireField("productRevenue"),
        "revenue_currency": WireField("revenueCurrency"),
    },
    additional_properties=True,
)
