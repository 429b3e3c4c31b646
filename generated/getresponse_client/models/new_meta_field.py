from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.base_meta_field_value_type import BaseMetaFieldValueType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewMetaField")


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
    href: str | Unset = UNSET
    meta_field_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        value_type = self.value_type.value

        href = self.href

        meta_field_id = self.meta_field_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
                "valueType": value_type,
            }
        )
        if href is not UNSET:
            field_dict["href"] = href
        if meta_field_id is not UNSET:
            field_dict["metaFieldId"] = meta_field_id
        if description is not UNSET:
            field_dict["description"] = description

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


def _encode_name(self: NewMetaField) -> Any:
    name = self.name
    return name


def _encode_value(self: NewMetaField) -> Any:
    value = self.value
    return value


def _decode_value_type(json_value_: Any) -> BaseMetaFieldValueType:
    value_type = BaseMetaFieldValueType(json_value_)

    return value_type


def _encode_value_type(self: NewMetaField) -> Any:
    value_type = self.value_type.value
    return value_type


def _encode_href(self: NewMetaField) -> Any:
    href = self.href
    return href


def _encode_meta_field_id(self: NewMetaField) -> Any:
    meta_field_id = self.meta_field_id
    return meta_field_id


def _encode_description(self: NewMetaField) -> Any:
    description = self.description
    return description


def _from_dict(cls: type[NewMetaField], src_dict: Mapping[str, Any]) -> NewMetaField:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
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
    self.href = get("href", UNSET)
    self.meta_field_id = get("metaFieldId", UNSET)
    self.description = get("description", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewMetaField._wire_fields}


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
NewMetaField._decoders = {
    "name": None,
    "value": None,
    "value_type": _decode_value_type,
    "href": None,
    "meta_field_id": None,
    "description": None,
}
NewMetaField._encoders = {
    "name": _encode_name,
    "value": _encode_value,
    "value_type": _encode_value_type,
    "href": _encode_href,
    "meta_field_id": _encode_meta_field_id,
    "description": _encode_description,
}
NewMetaField._extra_decoder = _decode_additional_properties
