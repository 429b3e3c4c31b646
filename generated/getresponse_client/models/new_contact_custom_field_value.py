from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

T = TypeVar("T", bound="NewContactCustomFieldValue")


@_attrs_define
class NewContactCustomFieldValue(WireModel):
    """
    Attributes:
        custom_field_id (str): Custom field ID Example: kL6Nh.
        value (list[str]):
    """

    custom_field_id: str
    value: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFieldId": custom_field_id,
                "value": value,
            }
        )

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


def _decode_custom_field_id(d: Mapping[str, Any]) -> str:
    custom_field_id: str = d["customFieldId"]
    return custom_field_id


def _decode_value(d: Mapping[str, Any]) -> list[str]:
    value = cast(list[str], d["value"])

    return value


def _encode_custom_field_id(self: NewContactCustomFieldValue) -> Any:
    custom_field_id = self.custom_field_id
    return custom_field_id


def _encode_value(self: NewContactCustomFieldValue) -> Any:
    value = self.value

    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewContactCustomFieldValue._wire_fields}


NewContactCustomFieldValue._wire_names = {
    "custom_field_id": "customFieldId",
    "value": "value",
}
NewContactCustomFieldValue._wire_fields = frozenset(NewContactCustomFieldValue._wire_names.values())
NewContactCustomFieldValue._decoders = {
    "custom_field_id": _decode_custom_field_id,
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
NewContactCustomFieldValue._encoders = {
    "custom_field_id": _encode_custom_field_id,
    "value": _encode_value,
}
