from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
)

from ..types import UNSET, Unset


@_attrs_define
class CustomFieldReference(WireModel):
    """
    Attributes:
        custom_field_id (str | Unset):  Example: pas.
        name (str | Unset): The name of the custom field. Example: color.
        values (list[str] | Unset): The list of assigned default values, starting from zero depending on the custom
            field format.
    """

    custom_field_id: str | Unset = UNSET
    name: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_values(json_value_: Any) -> list[str] | Unset:
    values = cast(list[str], json_value_)

    return values


def _from_dict(cls: type[CustomFieldReference], src_dict: Mapping[str, Any]) -> CustomFieldReference:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.custom_field_id = get("customFieldId", UNSET)
    self.name = get("name", UNSET)
    value = get("values", UNSET)
    if absent(value):
        self.values = value
    else:
        try:
            self.values = _decode_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "values", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomFieldReference._wire_fields}


setattr(CustomFieldReference, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
CustomFieldReference._wire_names = {
    "custom_field_id": "customFieldId",
    "name": "name",
    "values": "values",
}
CustomFieldReference._wire_fields = frozenset(CustomFieldReference._wire_names.values())
CustomFieldReference._decoders = {
    "custom_field_id": None,
    "name": None,
    "values": _decode_values,
}
CustomFieldReference._extra_decoder = _decode_additional_properties
