from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.base_meta_field_value_type import BaseMetaFieldValueType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetaField")


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

    href: str | Unset = UNSET
    meta_field_id: str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    value_type: BaseMetaFieldValueType | Unset = UNSET
    description: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        href = self.href

        meta_field_id = self.meta_field_id

        name = self.name

        value = self.value

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type.value

        description = self.description

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if meta_field_id is not UNSET:
            field_dict["metaFieldId"] = meta_field_id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if description is not UNSET:
            field_dict["description"] = description
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on

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


def _encode_href(self: MetaField) -> Any:
    href = self.href
    return href


def _encode_meta_field_id(self: MetaField) -> Any:
    meta_field_id = self.meta_field_id
    return meta_field_id


def _encode_name(self: MetaField) -> Any:
    name = self.name
    return name


def _encode_value(self: MetaField) -> Any:
    value = self.value
    return value


def _decode_value_type(json_value_: Any) -> BaseMetaFieldValueType | Unset:
    _value_type = json_value_
    value_type: BaseMetaFieldValueType | Unset
    if isinstance(_value_type, Unset):
        value_type = UNSET
    else:
        value_type = BaseMetaFieldValueType(_value_type)

    return value_type


def _encode_value_type(self: MetaField) -> Any:
    value_type: str | Unset = UNSET
    if not isinstance(self.value_type, Unset):
        value_type = self.value_type.value

    return value_type


def _encode_description(self: MetaField) -> Any:
    description = self.description
    return description


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _encode_created_on(self: MetaField) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _encode_updated_on(self: MetaField) -> Any:
    updated_on: str | Unset = UNSET
    if not isinstance(self.updated_on, Unset):
        updated_on = self.updated_on.isoformat()
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
    if absent(value):
        self.value_type = value
    else:
        try:
            self.value_type = _decode_value_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "value_type", value, error)
    self.description = get("description", UNSET)
    value = get("createdOn", UNSET)
    if absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in MetaField._wire_fields}


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
MetaField._encoders = {
    "href": _encode_href,
    "meta_field_id": _encode_meta_field_id,
    "name": _encode_name,
    "value": _encode_value,
    "value_type": _encode_value_type,
    "description": _encode_description,
    "created_on": _encode_created_on,
    "updated_on": _encode_updated_on,
}
MetaField._extra_decoder = _decode_additional_properties
