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


def _from_dict(cls: type[NewAddress], src_dict: Mapping[str, Any]) -> NewAddress:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("countryCode", UNSET)
    if value is UNSET:
        not_in_response(self, "country_code")
    else:
        self.country_code = value
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
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
    self.address_id = get("addressId", UNSET)
    self.href = get("href", UNSET)
    self.country_name = get("countryName", UNSET)
    self.first_name = get("firstName", UNSET)
    self.last_name = get("lastName", UNSET)
    self.address1 = get("address1", UNSET)
    self.address2 = get("address2", UNSET)
    self.city = get("city", UNSET)
    self.zip_ = get("zip", UNSET)
    self.province = get("province", UNSET)
    self.province_code = get("provinceCode", UNSET)
    self.phone = get("phone", UNSET)
    self.company = get("company", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewAddress._wire_fields}


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


setattr(NewAddress, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewAddress._wire_names = {
    "country_code": "countryCode",
    "name": "name",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
    "address_id": "addressId",
    "href": "href",
    "country_name": "countryName",
    "first_name": "firstName",
    "last_name": "lastName",
    "address1": "address1",
    "address2": "address2",
    "city": "city",
    "zip_": "zip",
    "province": "province",
    "province_code": "provinceCode",
    "phone": "phone",
    "company": "company",
}
NewAddress._wire_fields = frozenset(NewAddress._wire_names.values())
NewAddress._read_only = frozenset(["address_id", "country_name", "created_on", "href", "updated_on"])
NewAddress._decoders = {
    "country_code": None,
    "name": None,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "address_id": None,
    "href": None,
    "country_name": None,
    "first_name": None,
    "last_name": None,
    "address1": None,
    "address2": None,
    "city": None,
    "zip_": None,
    "province": None,
    "province_code": None,
    "phone": None,
    "company": None,
}
NewAddress._extra_decoder = _decode_additional_properties
