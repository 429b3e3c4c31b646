from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


def _decode_status(d: Mapping[str, Any]) -> StatusEnum | Unset:
    _status = d.get("status", UNSET)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountBadgeDetails._wire_fields}


AccountBadgeDetails._wire_names = {
    "status": "status",
}
AccountBadgeDetails._wire_fields = frozenset(AccountBadgeDetails._wire_names.values())
AccountBadgeDetails._decoders = {
    "status": _decode_status,
    "additional_properties": _decode_additional_properties,
}
AccountBadgeDetails._encoders = {
    "status": _encode_status,
}
