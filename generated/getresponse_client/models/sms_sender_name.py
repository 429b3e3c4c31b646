from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
    wire_bool,
)

from ..models.sms_sender_name_statuses_enum import SmsSenderNameStatusesEnum
from ..types import UNSET, Unset


@_attrs_define
class SmsSenderName(WireModel):
    """
    Attributes:
        sender_name_id (str): The sender name id Example: sNi.
        name (str | Unset): The sender name Example: Example Sender.
        status (SmsSenderNameStatusesEnum | Unset):
        is_default (bool | Unset): Is the sender name default Example: True.
    """

    sender_name_id: str
    name: str | Unset = UNSET
    status: SmsSenderNameStatusesEnum | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> SmsSenderNameStatusesEnum | Unset:
    _status = json_value_
    status: SmsSenderNameStatusesEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SmsSenderNameStatusesEnum(_status)

    return status


def _from_dict(cls: type[SmsSenderName], src_dict: Mapping[str, Any]) -> SmsSenderName:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("senderNameId", UNSET)
    if value is UNSET:
        not_in_response(self, "sender_name_id")
    else:
        self.sender_name_id = value
    self.name = get("name", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = SmsSenderNameStatusesEnum(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("isDefault", UNSET)
    if type(value) is bool or absent(value):
        self.is_default = value
    else:
        try:
            self.is_default = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_default", value, error)
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
    "is_default": wire_bool,
}
SmsSenderName._extra_decoder = _decode_additional_properties
_members_status = enum_members(SmsSenderNameStatusesEnum)
