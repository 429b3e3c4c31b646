from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_custom_event_attribute import TriggerCustomEventAttribute


T = TypeVar("T", bound="TriggerCustomEvent")


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

    def _encode(self) -> dict[str, Any]:
        name = self.name

        contact_id = self.contact_id

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "contactId": contact_id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode_name(self: TriggerCustomEvent) -> Any:
    name = self.name
    return name


def _encode_contact_id(self: TriggerCustomEvent) -> Any:
    contact_id = self.contact_id
    return contact_id


def _decode_attributes(json_value_: Any) -> list[TriggerCustomEventAttribute] | Unset:
    _attributes = json_value_
    attributes: list[TriggerCustomEventAttribute] | Unset = UNSET
    if _attributes is not UNSET:
        attributes = []
        for attributes_item_data in _attributes:
            attributes_item = TriggerCustomEventAttribute.from_dict(attributes_item_data)

            attributes.append(attributes_item)

    return attributes


def _encode_attributes(self: TriggerCustomEvent) -> Any:
    attributes: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.attributes, Unset):
        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
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
    self.name = get("name", UNSET)
    self.contact_id = get("contactId", UNSET)
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
TriggerCustomEvent._encoders = {
    "name": _encode_name,
    "contact_id": _encode_contact_id,
    "attributes": _encode_attributes,
}
TriggerCustomEvent._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.trigger_custom_event_attribute import TriggerCustomEventAttribute  # noqa: E402
