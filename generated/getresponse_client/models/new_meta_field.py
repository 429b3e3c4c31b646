from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
)

from ..models.base_meta_field_value_type import BaseMetaFieldValueType
from ..types import UNSET, Unset


@_attrs_define
class NewMetaField(WireModel):
    """
    Attributes:
        name (str): The meta field name Example: Shoe size.
        value (str): The meta field value Example: 11.
        value_type (BaseMetaFieldValueType): The value type enumerable Example: integer.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/meta-
            fields/NoF.
        meta_field_id (str | Unset): The meta field ID Example: NoF.
        description (str | Unset): The meta field description Example: Description of this meta field.
    """

    name: str
    value: str
    value_type: BaseMetaFieldValueType
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    meta_field_id: str | Unset = _attrs_field(init=False, default=UNSET)
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_value_type(json_value_: Any) -> BaseMetaFieldValueType:
    value_type = BaseMetaFieldValueType(json_value_)

    return value_type


def _from_dict(cls: type[NewMetaField], src_dict: Mapping[str, Any]) -> NewMetaField:
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
    else:
        self.value = value
    value = get("valueType", UNSET)
    if value is UNSET:
        not_in_response(self, "value_type")
    elif type(value) is str:
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
    self.href = get("href", UNSET)
    self.meta_field_id = get("metaFieldId", UNSET)
    self.description = get("description", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewMetaField._wire_fields}


class NewMetaFieldDict(TypedDict, total=False):
    """NewMetaField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    value: Required[str]
    valueType: Required[BaseMetaFieldValueType | str]
    description: str


setattr(NewMetaField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewMetaField._wire_names = {
    "name": "name",
    "value": "value",
    "value_type": "valueType",
    "href": "href",
    "meta_field_id": "metaFieldId",
    "description": "description",
}
NewMetaField._wire_fields = frozenset(NewMetaField._wire_names.values())
NewMetaField._read_only = frozenset(["href", "meta_field_id"])
NewMetaField._decoders = {
    "name": None,
    "value": None,
    "value_type": _decode_value_type,
    "href": None,
    "meta_field_id": None,
    "description": None,
}
NewMetaField._extra_decoder = _decode_additional_properties
_members_value_type = enum_members(BaseMetaFieldValueType)
