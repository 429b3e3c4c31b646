from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewShop._wire_fields}


class NewShopDict(TypedDict, total=False):
    """NewShop as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    locale: Required[str]
    currency: Required[str]


NewShop._read_only = frozenset(["created_on", "href", "shop_id", "updated_on"])
NewShop._extra_decoder = _decode_additional_properties

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
