from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

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
class UpdateTag(WireModel):
    """
    Attributes:
        name (str): The tag name Example: My_Tag.
        color (str | Unset): The tag color (deprecated)
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    color: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class UpdateTagDict(TypedDict, total=False):
    """UpdateTag as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]


UpdateTag._read_only = frozenset(["color"])

bind_fields(
    UpdateTag,
    {
        "name": WireField("name", required=True),
        "color": WireField("color"),
    },
    additional_properties=True,
)
