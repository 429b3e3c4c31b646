from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewAddress")


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
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    address_id: str | Unset = UNSET
    href: str | Unset = UNSET
    country_name: str | Unset = UNSET
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

    def _encode(self) -> dict[str, Any]:
        country_code = self.country_code

        name = self.name

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        address_id = self.address_id

        href = self.href

        country_name = self.country_name

        first_name = self.first_name

        last_name = self.last_name

        address1 = self.address1

        address2 = self.address2

        city = self.city

        zip_ = self.zip_

        province = self.province

        province_code = self.province_code

        phone = self.phone

        company = self.company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
                "name": name,
            }
        )
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on
        if address_id is not UNSET:
            field_dict["addressId"] = address_id
        if href is not UNSET:
            field_dict["href"] = href
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if province is not UNSET:
            field_dict["province"] = province
        if province_code is not UNSET:
            field_dict["provinceCode"] = province_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_country_code(self: NewAddress) -> Any:
    country_code = self.country_code
    return country_code


def _encode_name(self: NewAddress) -> Any:
    name = self.name
    return name


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _encode_created_on(self: NewAddress) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _encode_updated_on(self: NewAddress) -> Any:
    updated_on: str | Unset = UNSET
    if not isinstance(self.updated_on, Unset):
        updated_on = self.updated_on.isoformat()
    return updated_on


def _encode_address_id(self: NewAddress) -> Any:
    address_id = self.address_id
    return address_id


def _encode_href(self: NewAddress) -> Any:
    href = self.href
    return href


def _encode_country_name(self: NewAddress) -> Any:
    country_name = self.country_name
    return country_name


def _encode_first_name(self: NewAddress) -> Any:
    first_name = self.first_name
    return first_name


def _encode_last_name(self: NewAddress) -> Any:
    last_name = self.last_name
    return last_name


def _encode_address1(self: NewAddress) -> Any:
    address1 = self.address1
    return address1


def _encode_address2(self: NewAddress) -> Any:
    address2 = self.address2
    return address2


def _encode_city(self: NewAddress) -> Any:
    city = self.city
    return city


def _encode_zip_(self: NewAddress) -> Any:
    zip_ = self.zip_
    return zip_


def _encode_province(self: NewAddress) -> Any:
    province = self.province
    return province


def _encode_province_code(self: NewAddress) -> Any:
    province_code = self.province_code
    return province_code


def _encode_phone(self: NewAddress) -> Any:
    phone = self.phone
    return phone


def _encode_company(self: NewAddress) -> Any:
    company = self.company
    return company


def _from_dict(cls: type[NewAddress], src_dict: Mapping[str, Any]) -> NewAddress:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.country_code = get("countryCode", UNSET)
    self.name = get("name", UNSET)
    value = get("createdOn", UNSET)
    if absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if absent(value):
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
NewAddress._encoders = {
    "country_code": _encode_country_code,
    "name": _encode_name,
    "created_on": _encode_created_on,
    "updated_on": _encode_updated_on,
    "address_id": _encode_address_id,
    "href": _encode_href,
    "country_name": _encode_country_name,
    "first_name": _encode_first_name,
    "last_name": _encode_last_name,
    "address1": _encode_address1,
    "address2": _encode_address2,
    "city": _encode_city,
    "zip_": _encode_zip_,
    "province": _encode_province,
    "province_code": _encode_province_code,
    "phone": _encode_phone,
    "company": _encode_company,
}
NewAddress._extra_decoder = _decode_additional_properties
