from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

T = TypeVar("T", bound="UpsertSingleMetaField")


@_attrs_define
class UpsertSingleMetaField(WireModel):
    """
    Attributes:
        meta_field_id (str): MetaField ID Example: NoF.
    """

    meta_field_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        meta_field_id = self.meta_field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metaFieldId": meta_field_id,
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


def _decode_meta_field_id(d: Mapping[str, Any]) -> str:
    meta_field_id: str = d["metaFieldId"]
    return meta_field_id


def _encode_meta_field_id(self: UpsertSingleMetaField) -> Any:
    meta_field_id = self.meta_field_id
    return meta_field_id


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertSingleMetaField._wire_fields}


UpsertSingleMetaField._wire_names = {
    "meta_field_id": "metaFieldId",
}
UpsertSingleMetaField._wire_fields = frozenset(UpsertSingleMetaField._wire_names.values())
UpsertSingleMetaField._decoders = {
    "meta_field_id": _decode_meta_field_id,
    "additional_properties": _decode_additional_properties,
}
UpsertSingleMetaField._encoders = {
    "meta_field_id": _encode_meta_field_id,
}
