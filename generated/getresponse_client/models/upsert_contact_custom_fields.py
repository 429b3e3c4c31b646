from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

if TYPE_CHECKING:
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue


T = TypeVar("T", bound="UpsertContactCustomFields")


@_attrs_define
class UpsertContactCustomFields(WireModel):
    """
    Attributes:
        custom_field_values (list[NewContactCustomFieldValue]):
    """

    custom_field_values: list[NewContactCustomFieldValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        custom_field_values = []
        for custom_field_values_item_data in self.custom_field_values:
            custom_field_values_item = custom_field_values_item_data.to_dict()
            custom_field_values.append(custom_field_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFieldValues": custom_field_values,
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


def _decode_custom_field_values(d: Mapping[str, Any]) -> list[NewContactCustomFieldValue]:
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue  # noqa: PLC0415

    custom_field_values = []
    _custom_field_values = d["customFieldValues"]
    for custom_field_values_item_data in _custom_field_values:
        custom_field_values_item = NewContactCustomFieldValue.from_dict(custom_field_values_item_data)

        custom_field_values.append(custom_field_values_item)

    return custom_field_values


def _encode_custom_field_values(self: UpsertContactCustomFields) -> Any:
    custom_field_values = []
    for custom_field_values_item_data in self.custom_field_values:
        custom_field_values_item = custom_field_values_item_data.to_dict()
        custom_field_values.append(custom_field_values_item)

    return custom_field_values


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertContactCustomFields._wire_fields}


UpsertContactCustomFields._wire_names = {
    "custom_field_values": "customFieldValues",
}
UpsertContactCustomFields._wire_fields = frozenset(UpsertContactCustomFields._wire_names.values())
UpsertContactCustomFields._decoders = {
    "custom_field_values": _decode_custom_field_values,
    "additional_properties": _decode_additional_properties,
}
UpsertContactCustomFields._encoders = {
    "custom_field_values": _encode_custom_field_values,
}
