from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.status_enum import StatusEnum
from ..models.update_account_badge_body_type import UpdateAccountBadgeBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAccountBadgeBody")


@_attrs_define
class UpdateAccountBadgeBody(WireModel):
    """
    Attributes:
        status (StatusEnum):
        type_ (UpdateAccountBadgeBodyType | Unset): Account badge type Default: UpdateAccountBadgeBodyType.REFERRAL.
    """

    status: StatusEnum
    type_: UpdateAccountBadgeBodyType | Unset = UpdateAccountBadgeBodyType.REFERRAL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

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


def _decode_status(d: Mapping[str, Any]) -> StatusEnum:
    status = StatusEnum(d["status"])

    return status


def _decode_type_(d: Mapping[str, Any]) -> UpdateAccountBadgeBodyType | Unset:
    _type_ = d.get("type", UNSET)
    type_: UpdateAccountBadgeBodyType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = UpdateAccountBadgeBodyType(_type_)

    return type_


def _encode_status(self: UpdateAccountBadgeBody) -> Any:
    status = self.status.value
    return status


def _encode_type_(self: UpdateAccountBadgeBody) -> Any:
    type_: str | Unset = UNSET
    if not isinstance(self.type_, Unset):
        type_ = self.type_.value

    return type_


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateAccountBadgeBody._wire_fields}


UpdateAccountBadgeBody._wire_names = {
    "status": "status",
    "type_": "type",
}
UpdateAccountBadgeBody._wire_fields = frozenset(UpdateAccountBadgeBody._wire_names.values())
UpdateAccountBadgeBody._decoders = {
    "status": _decode_status,
    "type_": _decode_type_,
    "additional_properties": _decode_additional_properties,
}
UpdateAccountBadgeBody._encoders = {
    "status": _encode_status,
    "type_": _encode_type_,
}
