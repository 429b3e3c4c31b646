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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_custom_event_attribute import TriggerCustomEventAttribute
    from .trigger_custom_event_attribute import TriggerCustomEventAttributeDict


@_attrs_define
class TriggerCustomEvent(WireModel):
    """
    Attributes:
        name (str): The name of custom event. Example: lesson_finished.
        contact_id (str): The contact ID Example: lTgH5.
        attributes (list[TriggerCustomEventAttribute] | Unset): The attributes for the trigger
    """

    name: str
    contact_id: str
    attributes: list[TriggerCustomEventAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_attributes(json_value_: Any) -> list[TriggerCustomEventAttribute] | Unset:
    _attributes = json_value_
    attributes: list[TriggerCustomEventAttribute] | Unset = UNSET
    if _attributes is not UNSET:
        attributes = []
        for attributes_item_data in _attributes:
            attributes_item = TriggerCustomEventAttribute.from_dict(attributes_item_data)

            attributes.append(attributes_item)

    return attributes


def _from_dict(cls: type[TriggerCustomEvent], src_dict: Mapping[str, Any]) -> TriggerCustomEvent:
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
    value = get("contactId", UNSET)
    if value is UNSET:
        not_in_response(self, "contact_id")
    else:
        self.contact_id = value
    value = get("attributes", UNSET)
    if absent(value):
        self.attributes = value
    else:
        try:
            self.attributes = _decode_attributes(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "attributes", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TriggerCustomEvent._wire_fields}


class TriggerCustomEventDict(TypedDict, total=False):
    """TriggerCustomEvent as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    contactId: Required[str]
    attributes: list[TriggerCustomEventAttribute | TriggerCustomEventAttributeDict]


setattr(TriggerCustomEvent, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TriggerCustomEvent._wire_names = {
    "name": "name",
    "contact_id": "contactId",
    "attributes": "attributes",
}
TriggerCustomEvent._wire_fields = frozenset(TriggerCustomEvent._wire_names.values())
TriggerCustomEvent._decoders = {
    "name": None,
    "contact_id": None,
    "attributes": _decode_attributes,
}
TriggerCustomEvent._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.trigger_custom_event_attribute import TriggerCustomEventAttribute  # noqa: E402
