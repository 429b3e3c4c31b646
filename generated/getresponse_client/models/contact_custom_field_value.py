from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCustomFieldValue")


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

    def _encode(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        name = self.name

        value = self.value

        values = self.values

        type_ = self.type_

        field_type = self.field_type

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFieldId": custom_field_id,
                "name": name,
                "value": value,
                "values": values,
                "type": type_,
            }
        )
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        if value_type is not UNSET:
            field_dict["valueType"] = value_type

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


def _encode_custom_field_id(self: ContactCustomFieldValue) -> Any:
    custom_field_id = self.custom_field_id
    return custom_field_id


def _encode_name(self: ContactCustomFieldValue) -> Any:
    name = self.name
    return name


def _decode_value(json_value_: Any) -> list[str]:
    value = cast(list[str], json_value_)

    return value


def _encode_value(self: ContactCustomFieldValue) -> Any:
    value = self.value

    return value


def _decode_values(json_value_: Any) -> list[str]:
    values = cast(list[str], json_value_)

    return values


def _encode_values(self: ContactCustomFieldValue) -> Any:
    values = self.values

    return values


def _encode_type_(self: ContactCustomFieldValue) -> Any:
    type_ = self.type_
    return type_


def _encode_field_type(self: ContactCustomFieldValue) -> Any:
    field_type = self.field_type
    return field_type


def _encode_value_type(self: ContactCustomFieldValue) -> Any:
    value_type = self.value_type
    return value_type


def _from_dict(cls: type[ContactCustomFieldValue], src_dict: Mapping[str, Any]) -> ContactCustomFieldValue:
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
    value = get("value", UNSET)
    if absent(value):
        self.value = value
    else:
        try:
            self.value = _decode_value(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value", value, error)
    value = get("values", UNSET)
    if absent(value):
        self.values = value
    else:
        try:
            self.values = _decode_values(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "values", value, error)
    self.type_ = get("type", UNSET)
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
ContactCustomFieldValue._encoders = {
    "custom_field_id": _encode_custom_field_id,
    "name": _encode_name,
    "value": _encode_value,
    "values": _encode_values,
    "type_": _encode_type_,
    "field_type": _encode_field_type,
    "value_type": _encode_value_type,
}
ContactCustomFieldValue._extra_decoder = _decode_additional_properties
