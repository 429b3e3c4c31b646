from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.string_boolean_enum import StringBooleanEnum


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class UpdateCustomField(WireModel):
    """
    Attributes:
        hidden (StringBooleanEnum):
        values (list[str]): The list of assigned values (zero or more - depending on the custom field type.
    """

    hidden: StringBooleanEnum
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_values(json_value_: Any) -> list[str]:
    values = cast(list[str], json_value_)

    return values


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateCustomField._wire_fields}


class UpdateCustomFieldDict(TypedDict, total=False):
    """UpdateCustomField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    hidden: Required[StringBooleanEnum | str]
    values: Required[list[str]]


UpdateCustomField._extra_decoder = _decode_additional_properties

bind_fields(
    UpdateCustomField,
    {
        "hidden": WireField("hidden", required=True, enum=StringBooleanEnum),
        "values": WireField("values", required=True, decode=_decode_values, keep=True),
    },
    additional_properties=True,
)
