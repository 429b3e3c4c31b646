from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.transactional_email_recipient_status import TransactionalEmailRecipientStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalEmailRecipient")


@_attrs_define
class TransactionalEmailRecipient(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
    """

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
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


def _decode_email(d: Mapping[str, Any]) -> str:
    email: str = d["email"]
    return email


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_status(d: Mapping[str, Any]) -> TransactionalEmailRecipientStatus | Unset:
    _status = d.get("status", UNSET)
    status: TransactionalEmailRecipientStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TransactionalEmailRecipientStatus(_status)

    return status


def _encode_email(self: TransactionalEmailRecipient) -> Any:
    email = self.email
    return email


def _encode_name(self: TransactionalEmailRecipient) -> Any:
    name = self.name
    return name


def _encode_status(self: TransactionalEmailRecipient) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipient._wire_fields}


TransactionalEmailRecipient._wire_names = {
    "email": "email",
    "name": "name",
    "status": "status",
}
TransactionalEmailRecipient._wire_fields = frozenset(TransactionalEmailRecipient._wire_names.values())
TransactionalEmailRecipient._decoders = {
    "email": _decode_email,
    "name": _decode_name,
    "status": _decode_status,
    "additional_properties": _decode_additional_properties,
}
TransactionalEmailRecipient._encoders = {
    "email": _encode_email,
    "name": _encode_name,
    "status": _encode_status,
}
