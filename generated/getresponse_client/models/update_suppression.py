from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict, cast

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
class UpdateSuppression(WireModel):
    """
    Attributes:
        name (str): The name of the suppression list Example: suppression-name.
        masks (list[str]):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    masks: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_masks(json_value_: Any) -> list[str]:
    masks = cast(list[str], json_value_)

    return masks


class UpdateSuppressionDict(TypedDict, total=False):
    """UpdateSuppression as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    masks: Required[list[str]]


bind_fields(
    UpdateSuppression,
    {
        "name": WireField("name", required=True),
        "masks": WireField("masks", required=True, decode=_decode_masks, keep=True),
    },
    additional_properties=True,
)
