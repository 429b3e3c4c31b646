from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="LandingPageVariant")


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

    def _encode(self) -> dict[str, Any]:
        variant_id = self.variant_id

        variant = self.variant

        winner = self.winner

        visitors = self.visitors

        unique_visitors = self.unique_visitors

        subscribed = self.subscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if variant is not UNSET:
            field_dict["variant"] = variant
        if winner is not UNSET:
            field_dict["winner"] = winner
        if visitors is not UNSET:
            field_dict["visitors"] = visitors
        if unique_visitors is not UNSET:
            field_dict["uniqueVisitors"] = unique_visitors
        if subscribed is not UNSET:
            field_dict["subscribed"] = subscribed

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


def _encode_variant_id(self: LandingPageVariant) -> Any:
    variant_id = self.variant_id
    return variant_id


def _encode_variant(self: LandingPageVariant) -> Any:
    variant = self.variant
    return variant


def _encode_winner(self: LandingPageVariant) -> Any:
    winner = self.winner
    return winner


def _encode_visitors(self: LandingPageVariant) -> Any:
    visitors = self.visitors
    return visitors


def _encode_unique_visitors(self: LandingPageVariant) -> Any:
    unique_visitors = self.unique_visitors
    return unique_visitors


def _encode_subscribed(self: LandingPageVariant) -> Any:
    subscribed = self.subscribed
    return subscribed


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
    self.winner = get("winner", UNSET)
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
    "winner": None,
    "visitors": None,
    "unique_visitors": None,
    "subscribed": None,
}
LandingPageVariant._encoders = {
    "variant_id": _encode_variant_id,
    "variant": _encode_variant,
    "winner": _encode_winner,
    "visitors": _encode_visitors,
    "unique_visitors": _encode_unique_visitors,
    "subscribed": _encode_subscribed,
}
LandingPageVariant._extra_decoder = _decode_additional_properties
