from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ..models.abtests_subject_statistics import AbtestsSubjectStatistics


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


def _decode_statistics(json_value_: Any) -> AbtestsSubjectStatistics | Unset:
    _statistics = json_value_
    statistics: AbtestsSubjectStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = AbtestsSubjectStatistics.from_dict(_statistics)

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
    value = get("isWinner", UNSET)
    if type(value) is bool or absent(value):
        self.is_winner = value
    else:
        try:
            self.is_winner = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_winner", value, error)
    value = get("statistics", UNSET)
    if type(value) is dict:
        self.statistics = AbtestsSubjectStatistics.from_dict(value)
    elif absent(value):
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
    "is_winner": wire_bool,
    "statistics": _decode_statistics,
}
AbtestsSubjectDetailsVariantsItem._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_statistics import AbtestsSubjectStatistics  # noqa: E402
