from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_statistics import AbtestsSubjectStatistics


T = TypeVar("T", bound="AbtestsSubjectDetailsStatistics")


@_attrs_define
class AbtestsSubjectDetailsStatistics(WireModel):
    """The statistics of A/B test

    Attributes:
        total (AbtestsSubjectStatistics | Unset):
        winner (AbtestsSubjectStatistics | Unset):
    """

    total: AbtestsSubjectStatistics | Unset = UNSET
    winner: AbtestsSubjectStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        winner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.winner, Unset):
            winner = self.winner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if winner is not UNSET:
            field_dict["winner"] = winner

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


def _decode_total(d: Mapping[str, Any]) -> AbtestsSubjectStatistics | Unset:
    from ..models.abtests_subject_statistics import AbtestsSubjectStatistics  # noqa: PLC0415

    _total = d.get("total", UNSET)
    total: AbtestsSubjectStatistics | Unset
    if isinstance(_total, Unset):
        total = UNSET
    else:
        total = AbtestsSubjectStatistics.from_dict(_total)

    return total


def _decode_winner(d: Mapping[str, Any]) -> AbtestsSubjectStatistics | Unset:
    from ..models.abtests_subject_statistics import AbtestsSubjectStatistics  # noqa: PLC0415

    _winner = d.get("winner", UNSET)
    winner: AbtestsSubjectStatistics | Unset
    if isinstance(_winner, Unset):
        winner = UNSET
    else:
        winner = AbtestsSubjectStatistics.from_dict(_winner)

    return winner


def _encode_total(self: AbtestsSubjectDetailsStatistics) -> Any:
    total: dict[str, Any] | Unset = UNSET
    if not isinstance(self.total, Unset):
        total = self.total.to_dict()
    return total


def _encode_winner(self: AbtestsSubjectDetailsStatistics) -> Any:
    winner: dict[str, Any] | Unset = UNSET
    if not isinstance(self.winner, Unset):
        winner = self.winner.to_dict()
    return winner


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectDetailsStatistics._wire_fields}


AbtestsSubjectDetailsStatistics._wire_names = {
    "total": "total",
    "winner": "winner",
}
AbtestsSubjectDetailsStatistics._wire_fields = frozenset(AbtestsSubjectDetailsStatistics._wire_names.values())
AbtestsSubjectDetailsStatistics._decoders = {
    "total": _decode_total,
    "winner": _decode_winner,
    "additional_properties": _decode_additional_properties,
}
AbtestsSubjectDetailsStatistics._encoders = {
    "total": _encode_total,
    "winner": _encode_winner,
}
