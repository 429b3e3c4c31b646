from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_statistics import AbtestsSubjectStatistics


T = TypeVar("T", bound="AbtestsSubjectDetailsVariantsItem")


@_attrs_define
class AbtestsSubjectDetailsVariantsItem(WireModel):
    """
    Attributes:
        variant_id (str | Unset): The message variant ID. Example: VpKJdr.
        index (str | Unset): Variant's index field (A, B, C...) Example: A.
        subject (str | Unset): Variant's subject Example: variant.
        is_winner (bool | Unset): Winning variant Example: True.
        statistics (AbtestsSubjectStatistics | Unset):
    """

    variant_id: str | Unset = UNSET
    index: str | Unset = UNSET
    subject: str | Unset = UNSET
    is_winner: bool | Unset = UNSET
    statistics: AbtestsSubjectStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        variant_id = self.variant_id

        index = self.index

        subject = self.subject

        is_winner = self.is_winner

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if index is not UNSET:
            field_dict["index"] = index
        if subject is not UNSET:
            field_dict["subject"] = subject
        if is_winner is not UNSET:
            field_dict["isWinner"] = is_winner
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

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


def _decode_index(d: Mapping[str, Any]) -> str | Unset:
    index: str | Unset = d.get("index", UNSET)
    return index


def _decode_subject(d: Mapping[str, Any]) -> str | Unset:
    subject: str | Unset = d.get("subject", UNSET)
    return subject


def _decode_is_winner(d: Mapping[str, Any]) -> bool | Unset:
    is_winner: bool | Unset = d.get("isWinner", UNSET)
    return is_winner


def _decode_statistics(d: Mapping[str, Any]) -> AbtestsSubjectStatistics | Unset:
    from ..models.abtests_subject_statistics import AbtestsSubjectStatistics  # noqa: PLC0415

    _statistics = d.get("statistics", UNSET)
    statistics: AbtestsSubjectStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = AbtestsSubjectStatistics.from_dict(_statistics)

    return statistics


def _encode_variant_id(self: AbtestsSubjectDetailsVariantsItem) -> Any:
    variant_id = self.variant_id
    return variant_id


def _encode_index(self: AbtestsSubjectDetailsVariantsItem) -> Any:
    index = self.index
    return index


def _encode_subject(self: AbtestsSubjectDetailsVariantsItem) -> Any:
    subject = self.subject
    return subject


def _encode_is_winner(self: AbtestsSubjectDetailsVariantsItem) -> Any:
    is_winner = self.is_winner
    return is_winner


def _encode_statistics(self: AbtestsSubjectDetailsVariantsItem) -> Any:
    statistics: dict[str, Any] | Unset = UNSET
    if not isinstance(self.statistics, Unset):
        statistics = self.statistics.to_dict()
    return statistics


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectDetailsVariantsItem._wire_fields}


AbtestsSubjectDetailsVariantsItem._wire_names = {
    "variant_id": "variantId",
    "index": "index",
    "subject": "subject",
    "is_winner": "isWinner",
    "statistics": "statistics",
}
AbtestsSubjectDetailsVariantsItem._wire_fields = frozenset(AbtestsSubjectDetailsVariantsItem._wire_names.values())
AbtestsSubjectDetailsVariantsItem._decoders = {
    "variant_id": _decode_variant_id,
    "index": _decode_index,
    "subject": _decode_subject,
    "is_winner": _decode_is_winner,
    "statistics": _decode_statistics,
    "additional_properties": _decode_additional_properties,
}
AbtestsSubjectDetailsVariantsItem._encoders = {
    "variant_id": _encode_variant_id,
    "index": _encode_index,
    "subject": _encode_subject,
    "is_winner": _encode_is_winner,
    "statistics": _encode_statistics,
}
