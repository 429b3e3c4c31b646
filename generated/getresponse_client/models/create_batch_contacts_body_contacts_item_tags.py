from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

T = TypeVar("T", bound="CreateBatchContactsBodyContactsItemTags")


@_attrs_define
class CreateBatchContactsBodyContactsItemTags(WireModel):
    """
    Attributes:
        ids (list[str]): List of tag IDs.
    """

    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
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


def _decode_ids(d: Mapping[str, Any]) -> list[str]:
    ids = cast(list[str], d["ids"])

    return ids


def _encode_ids(self: CreateBatchContactsBodyContactsItemTags) -> Any:
    ids = self.ids

    return ids


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CreateBatchContactsBodyContactsItemTags._wire_fields}


CreateBatchContactsBodyContactsItemTags._wire_names = {
    "ids": "ids",
}
CreateBatchContactsBodyContactsItemTags._wire_fields = frozenset(
    CreateBatchContactsBodyContactsItemTags._wire_names.values()
)
CreateBatchContactsBodyContactsItemTags._decoders = {
    "ids": _decode_ids,
    "additional_properties": _decode_additional_properties,
}
CreateBatchContactsBodyContactsItemTags._encoders = {
    "ids": _encode_ids,
}
