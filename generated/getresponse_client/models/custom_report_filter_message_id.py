from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

T = TypeVar("T", bound="CustomReportFilterMessageId")


@_attrs_define
class CustomReportFilterMessageId(WireModel):
    """
    Attributes:
        message_id (list[str]): Message IDs included in the report Example: ['cRmI', 'cRmJ'].
    """

    message_id: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageId": message_id,
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


def _decode_message_id(d: Mapping[str, Any]) -> list[str]:
    message_id = cast(list[str], d["messageId"])

    return message_id


def _encode_message_id(self: CustomReportFilterMessageId) -> Any:
    message_id = self.message_id

    return message_id


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomReportFilterMessageId._wire_fields}


CustomReportFilterMessageId._wire_names = {
    "message_id": "messageId",
}
CustomReportFilterMessageId._wire_fields = frozenset(CustomReportFilterMessageId._wire_names.values())
CustomReportFilterMessageId._decoders = {
    "message_id": _decode_message_id,
    "additional_properties": _decode_additional_properties,
}
CustomReportFilterMessageId._encoders = {
    "message_id": _encode_message_id,
}
