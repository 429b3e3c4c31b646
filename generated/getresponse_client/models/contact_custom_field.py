from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

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
class ContactCustomField(WireModel):
    """
    Attributes:
        custom_field_id (str | Unset):  Example: kL6Nh.
        values (list[str] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    custom_field_id: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_values(json_value_: Any) -> list[str] | Unset:
    values = cast(list[str], json_value_)

    return values


bind_fields(
    ContactCustomField,
    {
        "custom_field_id": WireField("customFieldId"),
        "values": WireField("values", decode=_decode_values, keep=True),
    },
    additional_properties=True,
)
