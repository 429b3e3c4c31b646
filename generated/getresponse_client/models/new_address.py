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
class NewAddress(WireModel):
    """
    Attributes:
        country_code (str): The country code (ISO 3166-1 alpha-3) Example: POL.
        name (str):  Example: some_shipping_address.
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
        address_id (str | Unset):  Example: k9.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/addresses/k9.
        country_name (str | Unset): The country name, based on countryCode Example: Poland.
        first_name (str | Unset):  Example: John.
        last_name (str | Unset):  Example: Doe.
        address1 (str | Unset): Address line 1 Example: Arkonska 6.
        address2 (str | Unset): Address line 2
        city (str | Unset):  Example: Gdansk.
        zip_ (str | Unset): The ZIP/postal code, free text Example: 80-387.
        province (str | Unset):  Example: pomorskie.
        province_code (str | Unset): The province code, free text
        phone (str | Unset): The phone number, free text Example: 1122334455.
        company (str | Unset): The company name, free text Example: GetResponse.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    country_code: str
    name: str
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    address_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    country_name: str | Unset = _attrs_field(init=False, default=UNSET)
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_: str | Unset = UNSET
    province: str | Unset = UNSET
    province_code: str | Unset = UNSET
    phone: str | Unset = UNSET
    company: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewAddressDict(TypedDict, total=False):
    """NewAddress as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    countryCode: Required[str]
    name: Required[str]
    firstName: str
    lastName: str
    address1: str
    address2: str
    city: str
    zip: str
    province: str
    provinceCode: str
    phone: str
    company: str


NewAddress._read_only = frozenset(["address_id", "country_name", "created_on", "href", "updated_on"])

bind_fields(
    NewAddress,
    {
        "country_code": WireField("countryCode", required=True),
        "name": WireField("name", required=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
        "address_id": WireField("addressId"),
        "href": WireField("href"),
        "country_name": WireField("countryName"),
        "first_name": WireField("firstName"),
        "last_name": WireField("lastName"),
        "address1": WireField("address1"),
        "address2": WireField("address2"),
        "city": WireField("city"),
        "zip_": WireField("zip"),
        "province": WireField("province"),
        "province_code": WireField("provinceCode"),
        "phone": WireField("phone"),
        "company": WireField("company"),
    },
    additional_properties=True,
)
