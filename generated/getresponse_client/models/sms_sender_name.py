from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.sms_sender_name_statuses_enum import SmsSenderNameStatusesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsSenderName")


@_attrs_define
class SmsSenderName(WireModel):
    """
    Attributes:
        sender_name_id (str | Unset): The sender name id Example: sNi.
        name (str | Unset): The sender name Example: Example Sender.
        status (SmsSenderNameStatusesEnum | Unset):
        is_default (bool | Unset): Is the sender name default Example: True.
    """

    sender_name_id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: SmsSenderNameStatusesEnum | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        sender_name_id = self.sender_name_id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_name_id is not UNSET:
            field_dict["senderNameId"] = sender_name_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

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


def _decode_sender_name_id(d: Mapping[str, Any]) -> str | Unset:
    sender_name_id: str | Unset = d.get("senderNameId", UNSET)
    return sender_name_id


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_status(d: Mapping[str, Any]) -> SmsSenderNameStatusesEnum | Unset:
    _status = d.get("status", UNSET)
    status: SmsSenderNameStatusesEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SmsSenderNameStatusesEnum(_status)

    return status


def _decode_is_default(d: Mapping[str, Any]) -> bool | Unset:
    is_default: bool | Unset = d.get("isDefault", UNSET)
    return is_default


def _encode_sender_name_id(self: SmsSenderName) -> Any:
    sender_name_id = self.sender_name_id
    return sender_name_id


def _encode_name(self: SmsSenderName) -> Any:
    name = self.name
    return name


def _encode_status(self: SmsSenderName) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_is_default(self: SmsSenderName) -> Any:
    is_default = self.is_default
    return is_default


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsSenderName._wire_fields}


SmsSenderName._wire_names = {
    "sender_name_id": "senderNameId",
    "name": "name",
    "status": "status",
    "is_default": "isDefault",
}
SmsSenderName._wire_fields = frozenset(SmsSenderName._wire_names.values())
SmsSenderName._decoders = {
    "sender_name_id": _decode_sender_name_id,
    "name": _decode_name,
    "status": _decode_status,
    "is_default": _decode_is_default,
    "additional_properties": _decode_additional_properties,
}
SmsSenderName._encoders = {
    "sender_name_id": _encode_sender_name_id,
    "name": _encode_name,
    "status": _encode_status,
    "is_default": _encode_is_default,
}
