from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

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

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET


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


def _decode_value(json_value_: Any) -> bool | datetime.datetime | int | str | StringBooleanEnum:
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

    value = _parse_value(json_value_)

    return value


def _from_dict(cls: type[TriggerCustomEventAttribute], src_dict: Mapping[str, Any]) -> TriggerCustomEventAttribute:
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
    value = get("value", UNSET)
    if value is UNSET:
        not_in_response(self, "value")
    elif absent(value):
        self.value = value
    else:
        try:
            self.value = _decode_value(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TriggerCustomEventAttribute._wire_fields}


class TriggerCustomEventAttributeDict(TypedDict, total=False):
    """TriggerCustomEventAttribute as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    value: Required[str | StringBooleanEnum | str | bool | datetime.datetime | str | int]


setattr(TriggerCustomEventAttribute, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TriggerCustomEventAttribute._wire_names = {
    "name": "name",
    "value": "value",
}
TriggerCustomEventAttribute._wire_fields = frozenset(TriggerCustomEventAttribute._wire_names.values())
TriggerCustomEventAttribute._decoders = {
    "name": None,
    "value": _decode_value,
}
TriggerCustomEventAttribute._extra_decoder = _decode_additional_properties
