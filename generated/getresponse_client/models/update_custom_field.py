from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.string_boolean_enum import StringBooleanEnum


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpdateCustomField(WireModel):
    """
    Attributes:
        hidden (StringBooleanEnum):
        values (list[str]): The list of assigned values (zero or more - depending on the custom field type.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    hidden: StringBooleanEnum
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_values(json_value_: Any) -> list[str]:
    values = cast(list[str], json_value_)

    return values


class UpdateCustomFieldDict(TypedDict, total=False):
    """UpdateCustomField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    hidden: Required[StringBooleanEnum | str]
    values: Required[list[str]]


bind_fields(
    UpdateCustomField,
    {
        "hidden": WireField("hidden", required=True, enum=StringBooleanEnum),
        "values": WireField("values", required=True, decode=_decode_values, keep=True),
    },
    additional_properties=True,
)
