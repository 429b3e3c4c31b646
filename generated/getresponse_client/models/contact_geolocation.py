from __future__ import annotations

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
    enum_members,
)

from ..models.contact_geolocation_continent_code import ContactGeolocationContinentCode
from ..types import UNSET, Unset


@_attrs_define
class ContactGeolocation(WireModel):
    """
    Attributes:
        latitude (None | str | Unset):  Example: 54.35.
        longitude (None | str | Unset):  Example: 18.6667.
        continent_code (ContactGeolocationContinentCode | Unset):  Example: EU.
        country_code (None | str | Unset): The country code, compliant with ISO 3166-1 alpha-2 Example: PL.
        region (None | str | Unset):  Example: 82.
        postal_code (None | str | Unset):  Example: 80-387.
        dma_code (None | str | Unset):
        city (None | str | Unset):  Example: Gdansk.
    """

    latitude: None | str | Unset = UNSET
    longitude: None | str | Unset = UNSET
    continent_code: ContactGeolocationContinentCode | Unset = UNSET
    country_code: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    dma_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_continent_code(json_value_: Any) -> ContactGeolocationContinentCode | Unset:
    _continent_code = json_value_
    continent_code: ContactGeolocationContinentCode | Unset
    if isinstance(_continent_code, Unset):
        continent_code = UNSET
    else:
        continent_code = ContactGeolocationContinentCode(_continent_code)

    return continent_code


def _from_dict(cls: type[ContactGeolocation], src_dict: Mapping[str, Any]) -> ContactGeolocation:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.latitude = get("latitude", UNSET)
    self.longitude = get("longitude", UNSET)
    value = get("continentCode", UNSET)
    if type(value) is str:
        try:
            self.continent_code = _members_continent_code[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.continent_code = ContactGeolocationContinentCode(value)
    elif absent(value):
        self.continent_code = value
    else:
        try:
            self.continent_code = _decode_continent_code(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "continent_code", value, error)
    self.country_code = get("countryCode", UNSET)
    self.region = get("region", UNSET)
    self.postal_code = get("postalCode", UNSET)
    self.dma_code = get("dmaCode", UNSET)
    self.city = get("city", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactGeolocation._wire_fields}


setattr(ContactGeolocation, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ContactGeolocation._wire_names = {
    "latitude": "latitude",
    "longitude": "longitude",
    "continent_code": "continentCode",
    "country_code": "countryCode",
    "region": "region",
    "postal_code": "postalCode",
    "dma_code": "dmaCode",
    "city": "city",
}
ContactGeolocation._wire_fields = frozenset(ContactGeolocation._wire_names.values())
ContactGeolocation._decoders = {
    "latitude": None,
    "longitude": None,
    "continent_code": _decode_continent_code,
    "country_code": None,
    "region": None,
    "postal_code": None,
    "dma_code": None,
    "city": None,
}
ContactGeolocation._extra_decoder = _decode_additional_properties
_members_continent_code = enum_members(ContactGeolocationContinentCode)
