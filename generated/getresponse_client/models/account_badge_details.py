from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBadgeDetails")


@_attrs_define
class AccountBadgeDetails(WireModel):
    """
    Attributes:
        status (StatusEnum | Unset):
    """

    status: StatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status

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


def _decode_status(json_value_: Any) -> StatusEnum | Unset:
    _status = json_value_
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _encode_status(self: AccountBadgeDetails) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

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
    if absent(value):
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
AccountBadgeDetails._encoders = {
    "status": _encode_status,
}
AccountBadgeDetails._extra_decoder = _decode_additional_properties
