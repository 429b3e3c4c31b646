from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    locale: str
    currency: str
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    shop_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewShopDict(TypedDict, total=False):
    """NewShop as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    locale: Required[str]
    currency: Required[str]


NewShop._read_only = frozenset(["created_on", "href", "shop_id", "updated_on"])

bind_fields(
    NewShop,
    {
        "name": WireField("name", required=True),
        "locale": WireField("locale", required=True),
        "currency": WireField("currency", required=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
        "shop_id": WireField("shopId"),
        "href": WireField("href"),
    },
    additional_properties=True,
)
