from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class IndustryTagId(WireModel):
    """
    Attributes:
        industry_tag_id (str | Unset): Industry tag ID Example: 1.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    industry_tag_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class IndustryTagIdDict(TypedDict, total=False):
    """IndustryTagId as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    industryTagId: str


bind_fields(
    IndustryTagId,
    {
        "industry_tag_id": WireField("industryTagId"),
    },
    additional_properties=True,
)
