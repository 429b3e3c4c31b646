from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.custom_event_attribute_details import CustomEventAttributeDetails
    from .custom_event_attribute_details import CustomEventAttributeDetailsDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class CustomEvent(WireModel):
    """
    Attributes:
        name (str): Unique name of custom event Example: sample_custom_event.
        attributes (list[CustomEventAttributeDetails]): Optional collection of attributes
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    name: str
    attributes: list[CustomEventAttributeDetails]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_attributes(json_value_: Any) -> list[CustomEventAttributeDetails]:
    attributes = []
    _attributes = json_value_
    for attributes_item_data in _attributes:
        attributes_item = CustomEventAttributeDetails.from_dict(attributes_item_data)

        attributes.append(attributes_item)

    return attributes


class CustomEventDict(TypedDict, total=False):
    """CustomEvent as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    attributes: Required[list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict]]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.custom_event_attribute_details import CustomEventAttributeDetails  # noqa: E402

bind_fields(
    CustomEvent,
    {
        "name": WireField("name", required=True),
        "attributes": WireField("attributes", required=True, decode=_decode_attributes, keep=True),
    },
    additional_properties=True,
)
