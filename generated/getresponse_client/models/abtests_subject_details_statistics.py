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
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_statistics import AbtestsSubjectStatistics


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


def _decode_total(json_value_: Any) -> AbtestsSubjectStatistics | Unset:
    _total = json_value_
    total: AbtestsSubjectStatistics | Unset
    if isinstance(_total, Unset):
        total = UNSET
    else:
        total = AbtestsSubjectStatistics.from_dict(_total)

    return total


def _decode_winner(json_value_: Any) -> AbtestsSubjectStatistics | Unset:
    _winner = json_value_
    winner: AbtestsSubjectStatistics | Unset
    if isinstance(_winner, Unset):
        winner = UNSET
    else:
        winner = AbtestsSubjectStatistics.from_dict(_winner)

    return winner


def _from_dict(
    cls: type[AbtestsSubjectDetailsStatistics], src_dict: Mapping[str, Any]
) -> AbtestsSubjectDetailsStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("total", UNSET)
    if type(value) is dict:
        self.total = AbtestsSubjectStatistics.from_dict(value)
    elif absent(value):
        self.total = value
    else:
        try:
            self.total = _decode_total(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "total", value, error)
    value = get("winner", UNSET)
    if type(value) is dict:
        self.winner = AbtestsSubjectStatistics.from_dict(value)
    elif absent(value):
        self.winner = value
    else:
        try:
            self.winner = _decode_winner(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winner", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectDetailsStatistics._wire_fields}


setattr(
    AbtestsSubjectDetailsStatistics, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
AbtestsSubjectDetailsStatistics._wire_names = {
    "total": "total",
    "winner": "winner",
}
AbtestsSubjectDetailsStatistics._wire_fields = frozenset(AbtestsSubjectDetailsStatistics._wire_names.values())
AbtestsSubjectDetailsStatistics._decoders = {
    "total": _decode_total,
    "winner": _decode_winner,
}
AbtestsSubjectDetailsStatistics._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_statistics import AbtestsSubjectStatistics  # noqa: E402
