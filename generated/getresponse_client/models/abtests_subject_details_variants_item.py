from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

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


def _decode_statistics(json_value_: Any) -> AbtestsSubjectStatistics | Unset:
    _statistics = json_value_
    statistics: AbtestsSubjectStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = AbtestsSubjectStatistics.from_dict(_statistics)

    return statistics


def _encode_statistics(self: AbtestsSubjectDetailsVariantsItem) -> Any:
    statistics: dict[str, Any] | Unset = UNSET
    if not isinstance(self.statistics, Unset):
        statistics = self.statistics.to_dict()
    return statistics


def _from_dict(
    cls: type[AbtestsSubjectDetailsVariantsItem], src_dict: Mapping[str, Any]
) -> AbtestsSubjectDetailsVariantsItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.variant_id = get("variantId", UNSET)
    self.index = get("index", UNSET)
    self.subject = get("subject", UNSET)
    self.is_winner = get("isWinner", UNSET)
    value = get("statistics", UNSET)
    if absent(value):
        self.statistics = value
    else:
        try:
            self.statistics = _decode_statistics(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "statistics", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectDetailsVariantsItem._wire_fields}


setattr(
    AbtestsSubjectDetailsVariantsItem, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
AbtestsSubjectDetailsVariantsItem._wire_names = {
    "variant_id": "variantId",
    "index": "index",
    "subject": "subject",
    "is_winner": "isWinner",
    "statistics": "statistics",
}
AbtestsSubjectDetailsVariantsItem._wire_fields = frozenset(AbtestsSubjectDetailsVariantsItem._wire_names.values())
AbtestsSubjectDetailsVariantsItem._decoders = {
    "variant_id": None,
    "index": None,
    "subject": None,
    "is_winner": None,
    "statistics": _decode_statistics,
}
AbtestsSubjectDetailsVariantsItem._encoders = {
    "variant_id": _encode_variant_id,
    "index": _encode_index,
    "subject": _encode_subject,
    "is_winner": _encode_is_winner,
    "statistics": _encode_statistics,
}
AbtestsSubjectDetailsVariantsItem._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_statistics import AbtestsSubjectStatistics  # noqa: E402
