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
class NewContactCustomFieldValue(WireModel):
    """
    Attributes:
        custom_field_id (str): Custom field ID Example: kL6Nh.
        value (list[str]):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    custom_field_id: str
    value: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_value(json_value_: Any) -> list[str]:
    value = cast(list[str], json_value_)

    return value


class NewContactCustomFieldValueDict(TypedDict, total=False):
    """NewContactCustomFieldValue as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    customFieldId: Required[str]
    value: Required[list[str]]


bind_fields(
    NewContactCustomFieldValue,
    {
        "custom_field_id": WireField("customFieldId", required=True),
        "value": WireField("value", required=True, decode=_decode_value, keep=True),
    },
    additional_properties=True,
)
