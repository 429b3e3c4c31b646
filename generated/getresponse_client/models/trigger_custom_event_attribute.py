from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.string_boolean_enum import StringBooleanEnum

T = TypeVar("T", bound="TriggerCustomEventAttribute")


@_attrs_define
class TriggerCustomEventAttribute(WireModel):
    """
    Attributes:
        name (str): The name of the attribute. Example: lesson_name.
        value (bool | datetime.datetime | int | str | StringBooleanEnum): The value of the attribute.
    """

    name: str
    value: bool | datetime.datetime | int | str | StringBooleanEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        value: bool | int | str
        if isinstance(self.value, StringBooleanEnum):
            value = self.value.value
        elif isinstance(self.value, datetime.datetime):
            value = self.value.isoformat()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
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


def _decode_value(d: Mapping[str, Any]) -> bool | datetime.datetime | int | str | StringBooleanEnum:
    def _parse_value(data: object) -> bool | datetime.datetime | int | str | StringBooleanEnum:
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_trigger_custom_event_attribute_value_type_1 = StringBooleanEnum(data)

            return componentsschemas_trigger_custom_event_attribute_value_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_trigger_custom_event_attribute_value_type_3 = datetime.datetime.fromisoformat(data)

            return componentsschemas_trigger_custom_event_attribute_value_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | datetime.datetime | int | str | StringBooleanEnum, data)

    value = _parse_value(d["value"])

    return value


def _encode_name(self: TriggerCustomEventAttribute) -> Any:
    name = self.name
    return name


def _encode_value(self: TriggerCustomEventAttribute) -> Any:
    value: bool | int | str
    if isinstance(self.value, StringBooleanEnum):
        value = self.value.value
    elif isinstance(self.value, datetime.datetime):
        value = self.value.isoformat()
    else:
        value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TriggerCustomEventAttribute._wire_fields}


TriggerCustomEventAttribute._wire_names = {
    "name": "name",
    "value": "value",
}
TriggerCustomEventAttribute._wire_fields = frozenset(TriggerCustomEventAttribute._wire_names.values())
TriggerCustomEventAttribute._decoders = {
    "name": _decode_name,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
TriggerCustomEventAttribute._encoders = {
    "name": _encode_name,
    "value": _encode_value,
}
