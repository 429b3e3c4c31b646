from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


def _decode_latitude(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_latitude(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    latitude = _parse_latitude(d.get("latitude", UNSET))

    return latitude


def _decode_longitude(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_longitude(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    longitude = _parse_longitude(d.get("longitude", UNSET))

    return longitude


def _decode_continent_code(d: Mapping[str, Any]) -> ContactGeolocationContinentCode | Unset:
    _continent_code = d.get("continentCode", UNSET)
    continent_code: ContactGeolocationContinentCode | Unset
    if isinstance(_continent_code, Unset):
        continent_code = UNSET
    else:
        continent_code = ContactGeolocationContinentCode(_continent_code)

    return continent_code


def _decode_country_code(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_country_code(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    country_code = _parse_country_code(d.get("countryCode", UNSET))

    return country_code


def _decode_region(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_region(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    region = _parse_region(d.get("region", UNSET))

    return region


def _decode_postal_code(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_postal_code(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    postal_code = _parse_postal_code(d.get("postalCode", UNSET))

    return postal_code


def _decode_dma_code(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_dma_code(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    dma_code = _parse_dma_code(d.get("dmaCode", UNSET))

    return dma_code


def _decode_city(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_city(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    city = _parse_city(d.get("city", UNSET))

    return city


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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactGeolocation._wire_fields}


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
    "latitude": _decode_latitude,
    "longitude": _decode_longitude,
    "continent_code": _decode_continent_code,
    "country_code": _decode_country_code,
    "region": _decode_region,
    "postal_code": _decode_postal_code,
    "dma_code": _decode_dma_code,
    "city": _decode_city,
    "additional_properties": _decode_additional_properties,
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
