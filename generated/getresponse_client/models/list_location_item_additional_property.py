from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ListLocationItemAdditionalProperty(WireModel):
    """The results are indexed with the location name (PL, EN, etc.)

    Attributes:
        amount (str | Unset): The amount of subscribers from a given location Example: 0.
        continental_code (str | Unset): The region code Example: EU.
        country_code (str | Unset): The country code Example: PL.
    """

    amount: str | Unset = UNSET
    continental_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListLocationItemAdditionalProperty._wire_fields}


ListLocationItemAdditionalProperty._extra_decoder = _decode_additional_properties

bind_fields(
    ListLocationItemAdditionalProperty,
    {
        "amount": WireField("amount"),
        "continental_code": WireField("continentalCode"),
        "country_code": WireField("countryCode"),
    },
    additional_properties=True,
)
