from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_statistics import AbtestsSubjectStatistics


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AbtestsSubjectDetailsVariantsItem(WireModel):
    """
    Attributes:
        variant_id (str | Unset): The message variant ID. Example: VpKJdr.
        index (str | Unset): Variant's index field (A, B, C...) Example: A.
        subject (str | Unset): Variant's subject Example: variant.
        is_winner (bool | Unset): Winning variant Example: True.
        statistics (AbtestsSubjectStatistics | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    variant_id: str | Unset = UNSET
    index: str | Unset = UNSET
    subject: str | Unset = UNSET
    is_winner: bool | Unset = UNSET
    statistics: AbtestsSubjectStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_statistics import AbtestsSubjectStatistics  # noqa: E402

bind_fields(
    AbtestsSubjectDetailsVariantsItem,
    {
        "variant_id": WireField("variantId"),
        "index": WireField("index"),
        "subject": WireField("subject"),
        "is_winner": WireField("isWinner", decode=wire_bool),
        "statistics": WireField("statistics", decode=AbtestsSubjectStatistics.from_dict, keep=True),
    },
    additional_properties=True,
)
