from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.custom_event_attribute_type import CustomEventAttributeType

T = TypeVar("T", bound="CustomEventAttributeDetails")


@_attrs_define
class CustomEventAttributeDetails(WireModel):
    """
    Attributes:
        name (str): Unique name of attribute Example: sample_attribute.
        type_ (CustomEventAttributeType): Type of attribute Example: string.
        custom_event_attribute_id (str):  Example: gt7.
    """

    name: str
    type_: CustomEventAttributeType
    custom_event_attribute_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        custom_event_attribute_id = self.custom_event_attribute_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "customEventAttributeId": custom_event_attribute_id,
            }
        )

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


def _decode_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    return name


def _decode_type_(d: Mapping[str, Any]) -> CustomEventAttributeType:
    type_ = CustomEventAttributeType(d["type"])

    return type_


def _decode_custom_event_attribute_id(d: Mapping[str, Any]) -> str:
    custom_event_attribute_id: str = d["customEventAttributeId"]
    return custom_event_attribute_id


def _encode_name(self: CustomEventAttributeDetails) -> Any:
    name = self.name
    return name


def _encode_type_(self: CustomEventAttributeDetails) -> Any:
    type_ = self.type_.value
    return type_


def _encode_custom_event_attribute_id(self: CustomEventAttributeDetails) -> Any:
    custom_event_attribute_id = self.custom_event_attribute_id
    return custom_event_attribute_id


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomEventAttributeDetails._wire_fields}


CustomEventAttributeDetails._wire_names = {
    "name": "name",
    "type_": "type",
    "custom_event_attribute_id": "customEventAttributeId",
}
CustomEventAttributeDetails._wire_fields = frozenset(CustomEventAttributeDetails._wire_names.values())
CustomEventAttributeDetails._decoders = {
    "name": _decode_name,
    "type_": _decode_type_,
    "custom_event_attribute_id": _decode_custom_event_attribute_id,
    "additional_properties": _decode_additional_properties,
}
CustomEventAttributeDetails._encoders = {
    "name": _encode_name,
    "type_": _encode_type_,
    "custom_event_attribute_id": _encode_custom_event_attribute_id,
}
