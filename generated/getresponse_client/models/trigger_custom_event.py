from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_custom_event_attribute import TriggerCustomEventAttribute
    from .trigger_custom_event_attribute import TriggerCustomEventAttributeDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TriggerCustomEvent(WireModel):
    """
    Attributes:
        name (str): The name of custom event. Example: lesson_finished.
        contact_id (str): The contact ID Example: lTgH5.
        attributes (list[TriggerCustomEventAttribute] | Unset): The attributes for the trigger
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


class TriggerCustomEventDict(TypedDict, total=False):
    """TriggerCustomEvent as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    contactId: Required[str]
    attributes: list[TriggerCustomEventAttribute | TriggerCustomEventAttributeDict]


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.trigger_custom_event_attribute import TriggerCustomEventAttribute  # noqa: E402

bind_fields(
    TriggerCustomEvent,
    {
        "name": WireField("name", required=True),
        "contact_id": WireField("contactId", required=True),
        "attributes": WireField("attributes", decode=_decode_attributes, keep=True),
    },
    additional_properties=True,
)
