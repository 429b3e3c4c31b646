from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.custom_event_attribute_details import CustomEventAttributeDetails
    from .custom_event_attribute_details import CustomEventAttributeDetailsDict


@_attrs_define
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


def _from_dict(cls: type[CustomEvent], src_dict: Mapping[str, Any]) -> CustomEvent:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("attributes", UNSET)
    if value is UNSET:
        not_in_response(self, "attributes")
    elif absent(value):
        self.attributes = value
    else:
        try:
            self.attributes = _decode_attributes(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "attributes", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomEvent._wire_fields}


class CustomEventDict(TypedDict, total=False):
    """CustomEvent as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    attributes: Required[list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict]]


setattr(CustomEvent, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomEvent._wire_names = {
    "name": "name",
    "attributes": "attributes",
}
CustomEvent._wire_fields = frozenset(CustomEvent._wire_names.values())
CustomEvent._decoders = {
    "name": None,
    "attributes": _decode_attributes,
}
CustomEvent._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.custom_event_attribute_details import CustomEventAttributeDetails  # noqa: E402
