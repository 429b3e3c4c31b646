from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

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


def _encode_sender_name_id(self: SmsSenderName) -> Any:
    sender_name_id = self.sender_name_id
    return sender_name_id


def _encode_name(self: SmsSenderName) -> Any:
    name = self.name
    return name


def _decode_status(json_value_: Any) -> SmsSenderNameStatusesEnum | Unset:
    _status = json_value_
    status: SmsSenderNameStatusesEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SmsSenderNameStatusesEnum(_status)

    return status


def _encode_status(self: SmsSenderName) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_is_default(self: SmsSenderName) -> Any:
    is_default = self.is_default
    return is_default


def _from_dict(cls: type[SmsSenderName], src_dict: Mapping[str, Any]) -> SmsSenderName:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.sender_name_id = get("senderNameId", UNSET)
    self.name = get("name", UNSET)
    value = get("status", UNSET)
    if absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    self.is_default = get("isDefault", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsSenderName._wire_fields}


setattr(SmsSenderName, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsSenderName._wire_names = {
    "sender_name_id": "senderNameId",
    "name": "name",
    "status": "status",
    "is_default": "isDefault",
}
SmsSenderName._wire_fields = frozenset(SmsSenderName._wire_names.values())
SmsSenderName._decoders = {
    "sender_name_id": None,
    "name": None,
    "status": _decode_status,
    "is_default": None,
}
SmsSenderName._encoders = {
    "sender_name_id": _encode_sender_name_id,
    "name": _encode_name,
    "status": _encode_status,
    "is_default": _encode_is_default,
}
SmsSenderName._extra_decoder = _decode_additional_properties
