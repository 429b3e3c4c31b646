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
    wire_bool,
)

from ..types import UNSET, Unset


@_attrs_define
class LandingPageVariant(WireModel):
    """
    Attributes:
        variant_id (str | Unset): The landing page variant ID. Example: PKxn.
        variant (str | Unset): The variant index. Example: 0.
        winner (bool | Unset):  Example: True.
        visitors (str | Unset):  Example: 12.
        unique_visitors (str | Unset):  Example: 2.
        subscribed (str | Unset):  Example: 2.
    """

    variant_id: str | Unset = UNSET
    variant: str | Unset = UNSET
    winner: bool | Unset = UNSET
    visitors: str | Unset = UNSET
    unique_visitors: str | Unset = UNSET
    subscribed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[LandingPageVariant], src_dict: Mapping[str, Any]) -> LandingPageVariant:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.variant_id = get("variantId", UNSET)
    self.variant = get("variant", UNSET)
    value = get("winner", UNSET)
    if type(value) is bool or absent(value):
        self.winner = value
    else:
        try:
            self.winner = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winner", value, error)
    self.visitors = get("visitors", UNSET)
    self.unique_visitors = get("uniqueVisitors", UNSET)
    self.subscribed = get("subscribed", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LandingPageVariant._wire_fields}


setattr(LandingPageVariant, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
LandingPageVariant._wire_names = {
    "variant_id": "variantId",
    "variant": "variant",
    "winner": "winner",
    "visitors": "visitors",
    "unique_visitors": "uniqueVisitors",
    "subscribed": "subscribed",
}
LandingPageVariant._wire_fields = frozenset(LandingPageVariant._wire_names.values())
LandingPageVariant._decoders = {
    "variant_id": None,
    "variant": None,
    "winner": wire_bool,
    "visitors": None,
    "unique_visitors": None,
    "subscribed": None,
}
LandingPageVariant._extra_decoder = _decode_additional_properties
