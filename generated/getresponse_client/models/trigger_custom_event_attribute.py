from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.string_boolean_enum import StringBooleanEnum


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TriggerCustomEventAttribute(WireModel):
    """
    Attributes:
        name (str): The name of the attribute. Example: lesson_name.
        value (bool | datetime.datetime | int | str | StringBooleanEnum): The value of the attribute.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


class TriggerCustomEventAttributeDict(TypedDict, total=False):
    """TriggerCustomEventAttribute as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    value: Required[str | StringBooleanEnum | str | bool | datetime.datetime | str | int]


bind_fields(
    TriggerCustomEventAttribute,
    {
        "name": WireField("name", required=True),
        "value": WireField("value", required=True, decode=_decode_value, keep=True),
    },
    additional_properties=True,
)
