from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.contact_geolocation_continent_code import ContactGeolocationContinentCode
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    latitude: None | str | Unset = UNSET
    longitude: None | str | Unset = UNSET
    continent_code: ContactGeolocationContinentCode | Unset = UNSET
    country_code: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    dma_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ContactGeolocation,
    {
        "latitude": WireField("latitude"),
        "longitude": WireField("longitude"),
        "continent_code": WireField("continentCode", enum=ContactGeolocationContinentCode),
        "country_code": WireField("countryCode"),
        "region": WireField("region"),
        "postal_code": WireField("postalCode"),
        "dma_code": WireField("dmaCode"),
        "city": WireField("city"),
    },
    additional_properties=True,
)
