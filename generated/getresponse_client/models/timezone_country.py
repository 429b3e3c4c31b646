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
class TimezoneCountry(WireModel):
    """
    Attributes:
        country (str | Unset):  Example: Poland.
    """

    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TimezoneCountry._wire_fields}


TimezoneCountry._extra_decoder = _decode_additional_properties

bind_fields(
    TimezoneCountry,
    {
        "country": WireField("country"),
    },
    additional_properties=True,
)
