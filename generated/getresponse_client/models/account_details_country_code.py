from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AccountDetailsCountryCode(WireModel):
    """
    Attributes:
        country_code_id (str | Unset): Country code ID Example: 175.
        country_code (str | Unset): Country code Example: PL.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    country_code_id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class AccountDetailsCountryCodeDict(TypedDict, total=False):
    """AccountDetailsCountryCode as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    countryCodeId: str
    countryCode: str


bind_fields(
    AccountDetailsCountryCode,
    {
        "country_code_id": WireField("countryCodeId"),
        "country_code": WireField("countryCode"),
    },
    additional_properties=True,
)
