from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
class AccountDetailsCountryCode(WireModel):
    """
    Attributes:
        country_code_id (str | Unset): Country code ID Example: 175.
        country_code (str | Unset): Country code Example: PL.
    """

    country_code_id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[AccountDetailsCountryCode], src_dict: Mapping[str, Any]) -> AccountDetailsCountryCode:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.country_code_id = get("countryCodeId", UNSET)
    self.country_code = get("countryCode", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountDetailsCountryCode._wire_fields}


class AccountDetailsCountryCodeDict(TypedDict, total=False):
    """AccountDetailsCountryCode as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    countryCodeId: str
    countryCode: str


setattr(AccountDetailsCountryCode, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AccountDetailsCountryCode._wire_names = {
    "country_code_id": "countryCodeId",
    "country_code": "countryCode",
}
AccountDetailsCountryCode._wire_fields = frozenset(AccountDetailsCountryCode._wire_names.values())
AccountDetailsCountryCode._decoders = {
    "country_code_id": None,
    "country_code": None,
}
AccountDetailsCountryCode._extra_decoder = _decode_additional_properties
