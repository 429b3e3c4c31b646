from __future__ import annotations

from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class CustomEvent(WireModel):
    """
    Attributes:
        name (str): Unique name of custom event Example: sample_custom_event.
        attributes (list[CustomEventAttributeDetails]): Optional collection of attributes
    """

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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomEvent._wire_fields}


class CustomEventDict(TypedDict, total=False):
    """CustomEvent as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    attributes: Required[list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict]]


CustomEvent._extra_decoder = _decode_additional_properties

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
