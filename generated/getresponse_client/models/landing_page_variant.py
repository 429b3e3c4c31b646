from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


def _decode_variant_id(d: Mapping[str, Any]) -> str | Unset:
    variant_id: str | Unset = d.get("variantId", UNSET)
    return variant_id


def _decode_variant(d: Mapping[str, Any]) -> str | Unset:
    variant: str | Unset = d.get("variant", UNSET)
    return variant


def _decode_winner(d: Mapping[str, Any]) -> bool | Unset:
    winner: bool | Unset = d.get("winner", UNSET)
    return winner


def _decode_visitors(d: Mapping[str, Any]) -> str | Unset:
    visitors: str | Unset = d.get("visitors", UNSET)
    return visitors


def _decode_unique_visitors(d: Mapping[str, Any]) -> str | Unset:
    unique_visitors: str | Unset = d.get("uniqueVisitors", UNSET)
    return unique_visitors


def _decode_subscribed(d: Mapping[str, Any]) -> str | Unset:
    subscribed: str | Unset = d.get("subscribed", UNSET)
    return subscribed


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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LandingPageVariant._wire_fields}


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
    "variant_id": _decode_variant_id,
    "variant": _decode_variant,
    "winner": _decode_winner,
    "visitors": _decode_visitors,
    "unique_visitors": _decode_unique_visitors,
    "subscribed": _decode_subscribed,
    "additional_properties": _decode_additional_properties,
}
LandingPageVariant._encoders = {
    "variant_id": _encode_variant_id,
    "variant": _encode_variant,
    "winner": _encode_winner,
    "visitors": _encode_visitors,
    "unique_visitors": _encode_unique_visitors,
    "subscribed": _encode_subscribed,
}
