from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_statistics import AbtestsSubjectStatistics


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AbtestsSubjectDetailsStatistics(WireModel):
    """The statistics of A/B test

    Attributes:
        total (AbtestsSubjectStatistics | Unset):
        winner (AbtestsSubjectStatistics | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    total: AbtestsSubjectStatistics | Unset = UNSET
    winner: AbtestsSubjectStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_statistics import AbtestsSubjectStatistics  # noqa: E402

bind_fields(
    AbtestsSubjectDetailsStatistics,
    {
        "total": WireField("total", decode=AbtestsSubjectStatistics.from_dict, keep=True),
        "winner": WireField("winner", decode=AbtestsSubjectStatistics.from_dict, keep=True),
    },
    additional_properties=True,
)
