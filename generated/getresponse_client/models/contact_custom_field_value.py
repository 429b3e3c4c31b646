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
    not_in_response,
)

from ..types import UNSET, Unset


@_attrs_define
class ContactCustomFieldValue(WireModel):
    """
    Attributes:
        custom_field_id (str): Custom field ID Example: 4klkN.
        name (str):  Example: age.
        value (list[str]):
        values (list[str]):
        type_ (str):  Example: single_select.
        field_type (str | Unset):  Example: single_select.
        value_type (str | Unset):  Example: string.
    """

    custom_field_id: str
    name: str
    value: list[str]
    values: list[str]
    type_: str
    field_type: str | Unset = UNSET
    value_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_value(json_value_: Any) -> list[str]:
    value = cast(list[str], json_value_)

    return value


def _decode_values(json_value_: Any) -> list[str]:
    values = cast(list[str], json_value_)

    return values


def _from_dict(cls: type[ContactCustomFieldValue], src_dict: Mapping[str, Any]) -> ContactCustomFieldValue:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("customFieldId", UNSET)
    if value is UNSET:
        not_in_response(self, "custom_field_id")
    else:
        self.custom_field_id = value
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
    value = get("values", UNSET)
    if value is UNSET:
        not_in_response(self, "values")
    elif absent(value):
        self.values = value
    else:
        try:
            self.values = _decode_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "values", value, error)
    value = get("type", UNSET)
    if value is UNSET:
        not_in_response(self, "type_")
    else:
        self.type_ = value
    self.field_type = get("fieldType", UNSET)
    self.value_type = get("valueType", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ContactCustomFieldValue._wire_fields}


setattr(ContactCustomFieldValue, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ContactCustomFieldValue._wire_names = {
    "custom_field_id": "customFieldId",
    "name": "name",
    "value": "value",
    "values": "values",
    "type_": "type",
    "field_type": "fieldType",
    "value_type": "valueType",
}
ContactCustomFieldValue._wire_fields = frozenset(ContactCustomFieldValue._wire_names.values())
ContactCustomFieldValue._decoders = {
    "custom_field_id": None,
    "name": None,
    "value": _decode_value,
    "values": _decode_values,
    "type_": None,
    "field_type": None,
    "value_type": None,
}
ContactCustomFieldValue._extra_decoder = _decode_additional_properties
