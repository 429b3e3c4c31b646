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
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewContactCustomFieldValues(WireModel):
    """
    Attributes:
        custom_field_values (list[NewContactCustomFieldValue] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    custom_field_values: list[NewContactCustomFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_custom_field_values(json_value_: Any) -> list[NewContactCustomFieldValue] | Unset:
    _custom_field_values = json_value_
    custom_field_values: list[NewContactCustomFieldValue] | Unset = UNSET
    if _custom_field_values is not UNSET:
        custom_field_values = []
        for custom_field_values_item_data in _custom_field_values:
            custom_field_values_item = NewContactCustomFieldValue.from_dict(custom_field_values_item_data)

            custom_field_values.append(custom_field_values_item)

    return custom_field_values


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_contact_custom_field_value import NewContactCustomFieldValue  # noqa: E402

bind_fields(
    NewContactCustomFieldValues,
    {
        "custom_field_values": WireField("customFieldValues", decode=_decode_custom_field_values, keep=True),
    },
    additional_properties=True,
)
