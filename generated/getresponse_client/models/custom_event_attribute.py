from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.custom_event_attribute_type import CustomEventAttributeType


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CustomEventAttribute(WireModel):
    """
    Attributes:
        name (str): Unique name of attribute Example: sample_attribute.
        type_ (CustomEventAttributeType): Type of attribute Example: string.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    type_: CustomEventAttributeType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    CustomEventAttribute,
    {
        "name": WireField("name", required=True),
        "type_": WireField("type", required=True, enum=CustomEventAttributeType),
    },
    additional_properties=True,
)
