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
)

from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset


@_attrs_define
class AccountBadgeDetails(WireModel):
    """
    Attributes:
        status (StatusEnum | Unset):
    """

    status: StatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _from_dict(cls: type[AccountBadgeDetails], src_dict: Mapping[str, Any]) -> AccountBadgeDetails:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = StatusEnum(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountBadgeDetails._wire_fields}


setattr(AccountBadgeDetails, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AccountBadgeDetails._wire_names = {
    "status": "status",
}
AccountBadgeDetails._wire_fields = frozenset(AccountBadgeDetails._wire_names.values())
AccountBadgeDetails._decoders = {
    "status": _decode_status,
}
AccountBadgeDetails._extra_decoder = _decode_additional_properties
_members_status = enum_members(StatusEnum)
