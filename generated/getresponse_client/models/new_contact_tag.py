from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewContactTag(WireModel):
    """
    Attributes:
        tag_id (str):  Example: m7E2.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    tag_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class NewContactTagDict(TypedDict, total=False):
    """NewContactTag as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    tagId: Required[str]


bind_fields(
    NewContactTag,
    {
        "tag_id": WireField("tagId", required=True),
    },
    additional_properties=True,
)
