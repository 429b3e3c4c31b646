from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    parse_datetime,
)

from ..models.base_meta_field_value_type import BaseMetaFieldValueType
from ..types import UNSET, Unset


@_attrs_define
class MetaField(WireModel):
    """
    Attributes:
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/shops/pf3/meta-
            fields/NoF.
        meta_field_id (str | Unset): The meta field ID Example: NoF.
        name (str | Unset): The meta field name Example: Shoe size.
        value (str | Unset): The meta field value Example: 11.
        value_type (BaseMetaFieldValueType | Unset): The value type enumerable Example: integer.
        description (str | Unset): The meta field description Example: Description of this meta field.
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
    """

    href: str | Unset = _attrs_field(init=False, default=UNSET)
    meta_field_id: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    value_type: BaseMetaFieldValueType | Unset = UNSET
    description: str | Unset = UNSET
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_value_type(json_value_: Any) -> BaseMetaFieldValueType | Unset:
    _value_type = json_value_
    value_type: BaseMetaFieldValueType | Unset
    if isinstance(_value_type, Unset):
        value_type = UNSET
    else:
        value_type = BaseMetaFieldValueType(_value_type)

    return value_type


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _from_dict(cls: type[MetaField], src_dict: Mapping[str, Any]) -> MetaField:
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
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if type(value) is str:
        try:
            self.updated_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    elif absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MetaField._wire_fields}


class MetaFieldDict(TypedDict, total=False):
    """MetaField as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    value: str
    valueType: BaseMetaFieldValueType | str
    description: str


setattr(MetaField, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
MetaField._wire_names = {
    "href": "href",
    "meta_field_id": "metaFieldId",
    "name": "name",
    "value": "value",
    "value_type": "valueType",
    "description": "description",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
}
MetaField._wire_fields = frozenset(MetaField._wire_names.values())
MetaField._read_only = frozenset(["created_on", "href", "meta_field_id", "updated_on"])
MetaField._decoders = {
    "href": None,
    "meta_field_id": None,
    "name": None,
    "value": None,
    "value_type": _decode_value_type,
    "description": None,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
}
MetaField._extra_decoder = _decode_additional_properties
_members_value_type = enum_members(BaseMetaFieldValueType)
