from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.contact_geolocation_continent_code import ContactGeolocationContinentCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactGeolocation")


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

    def _encode(self) -> dict[str, Any]:
        latitude: None | str | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: None | str | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        continent_code: str | Unset = UNSET
        if not isinstance(self.continent_code, Unset):
            continent_code = self.continent_code.value

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        dma_code: None | str | Unset
        if isinstance(self.dma_code, Unset):
            dma_code = UNSET
        else:
            dma_code = self.dma_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if continent_code is not UNSET:
            field_dict["continentCode"] = continent_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if region is not UNSET:
            field_dict["region"] = region
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if dma_code is not UNSET:
            field_dict["dmaCode"] = dma_code
        if city is not UNSET:
            field_dict["city"] = city

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


def _encode_latitude(self: ContactGeolocation) -> Any:
    latitude: None | str | Unset
    if isinstance(self.latitude, Unset):
        latitude = UNSET
    else:
        latitude = self.latitude
    return latitude


def _encode_longitude(self: ContactGeolocation) -> Any:
    longitude: None | str | Unset
    if isinstance(self.longitude, Unset):
        longitude = UNSET
    else:
        longitude = self.longitude
    return longitude


def _decode_continent_code(json_value_: Any) -> ContactGeolocationContinentCode | Unset:
    _continent_code = json_value_
    continent_code: ContactGeolocationContinentCode | Unset
    if isinstance(_continent_code, Unset):
        continent_code = UNSET
    else:
        continent_code = ContactGeolocationContinentCode(_continent_code)

    return continent_code


def _encode_continent_code(self: ContactGeolocation) -> Any:
    continent_code: str | Unset = UNSET
    if not isinstance(self.continent_code, Unset):
        continent_code = self.continent_code.value

    return continent_code


def _encode_country_code(self: ContactGeolocation) -> Any:
    country_code: None | str | Unset
    if isinstance(self.country_code, Unset):
        country_code = UNSET
    else:
        country_code = self.country_code
    return country_code


def _encode_region(self: ContactGeolocation) -> Any:
    region: None | str | Unset
    if isinstance(self.region, Unset):
        region = UNSET
    else:
        region = self.region
    return region


def _encode_postal_code(self: ContactGeolocation) -> Any:
    postal_code: None | str | Unset
    if isinstance(self.postal_code, Unset):
        postal_code = UNSET
    else:
        postal_code = self.postal_code
    return postal_code


def _encode_dma_code(self: ContactGeolocation) -> Any:
    dma_code: None | str | Unset
    if isinstance(self.dma_code, Unset):
        dma_code = UNSET
    else:
        dma_code = self.dma_code
    return dma_code


def _encode_city(self: ContactGeolocation) -> Any:
    city: None | str | Unset
    if isinstance(self.city, Unset):
        city = UNSET
    else:
        city = self.city
    return city


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
    if absent(value):
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
ContactGeolocation._encoders = {
    "latitude": _encode_latitude,
    "longitude": _encode_longitude,
    "continent_code": _encode_continent_code,
    "country_code": _encode_country_code,
    "region": _encode_region,
    "postal_code": _encode_postal_code,
    "dma_code": _encode_dma_code,
    "city": _encode_city,
}
ContactGeolocation._extra_decoder = _decode_additional_properties
