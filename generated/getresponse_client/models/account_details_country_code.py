from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class AccountDetailsCountryCode(WireModel):
    """
    Attributes:
        country_code_id (str | Unset): Country code ID Example: 175.
        country_code (str | Unset): Country code Example: PL.
    """

    country_code_id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountDetailsCountryCode._wire_fields}


class AccountDetailsCountryCodeDict(TypedDict, total=False):
    """AccountDetailsCountryCode as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    countryCodeId: str
    countryCode: str


AccountDetailsCountryCode._extra_decoder = _decode_additional_properties

bind_fields(
    AccountDetailsCountryCode,
    {
        "country_code_id": WireField("countryCodeId"),
        "country_code": WireField("countryCode"),
    },
    additional_properties=True,
)
