from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
)

from ..models.base_meta_field_value_type import BaseMetaFieldValueType
from ..types import UNSET, Unset


@_attrs_define
class BaseMetaField(WireModel):
    """
    Attributes:
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/meta-
            fields/NoF.
        meta_field_id (str | Unset): The meta field ID Example: NoF.
        name (str | Unset): The meta field name Example: Shoe size.
        value (str | Unset): The meta field value Example: 11.
        value_type (BaseMetaFieldValueType | Unset): The value type enumerable Example: integer.
        description (str | Unset): The meta field description Example: Description of this meta field.
    """

    href: str | Unset = UNSET
    meta_field_id: str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    value_type: BaseMetaFieldValueType | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_value_type(json_value_: Any) -> BaseMetaFieldValueType | Unset:
    _value_type = json_value_
    value_type: BaseMetaFieldValueType | Unset
    if isinstance(_value_type, Unset):
        value_type = UNSET
    else:
        value_type = BaseMetaFieldValueType(_value_type)

    return value_type


def _from_dict(cls: type[BaseMetaField], src_dict: Mapping[str, Any]) -> BaseMetaField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.href = get("href", UNSET)
    self.meta_field_id = get("metaFieldId", UNSET)
    self.name = get("name", UNSET)
    self.value = get("value", UNSET)
    value = get("valueType", UNSET)
    if type(value) is str:
        try:
            self.value_type = _members_value_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.value_type = BaseMetaFieldValueType(value)
    elif absent(value):
        self.value_type = value
    else:
        try:
            self.value_type = _decode_value_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value_type", value, error)
    self.description = get("description", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseMetaField._wire_fields}


setattr(BaseMetaField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
BaseMetaField._wire_names = {
    "href": "href",
    "meta_field_id": "metaFieldId",
    "name": "name",
    "value": "value",
    "value_type": "valueType",
    "description": "description",
}
BaseMetaField._wire_fields = frozenset(BaseMetaField._wire_names.values())
BaseMetaField._decoders = {
    "href": None,
    "meta_field_id": None,
    "name": None,
    "value": None,
    "value_type": _decode_value_type,
    "description": None,
}
BaseMetaField._extra_decoder = _decode_additional_properties
_members_value_type = enum_members(BaseMetaFieldValueType)
