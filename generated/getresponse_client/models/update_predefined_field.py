from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

T = TypeVar("T", bound="UpdatePredefinedField")


@_attrs_define
class UpdatePredefinedField(WireModel):
    """
    Attributes:
        value (str):  Example: my_new_value.
    """

    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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


def _decode_value(d: Mapping[str, Any]) -> str:
    value: str = d["value"]
    return value


def _encode_value(self: UpdatePredefinedField) -> Any:
    value = self.value
    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdatePredefinedField._wire_fields}


UpdatePredefinedField._wire_names = {
    "value": "value",
}
UpdatePredefinedField._wire_fields = frozenset(UpdatePredefinedField._wire_names.values())
UpdatePredefinedField._decoders = {
    "value": _decode_value,
    "additional_properties": _decode_additional_properties,
}
UpdatePredefinedField._encoders = {
    "value": _encode_value,
}
