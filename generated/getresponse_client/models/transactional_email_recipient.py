from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

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


def _encode_email(self: TransactionalEmailRecipient) -> Any:
    email = self.email
    return email


def _encode_name(self: TransactionalEmailRecipient) -> Any:
    name = self.name
    return name


def _decode_status(json_value_: Any) -> TransactionalEmailRecipientStatus | Unset:
    _status = json_value_
    status: TransactionalEmailRecipientStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TransactionalEmailRecipientStatus(_status)

    return status


def _encode_status(self: TransactionalEmailRecipient) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _from_dict(cls: type[TransactionalEmailRecipient], src_dict: Mapping[str, Any]) -> TransactionalEmailRecipient:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.email = get("email", UNSET)
    self.name = get("name", UNSET)
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
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipient._wire_fields}


setattr(TransactionalEmailRecipient, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TransactionalEmailRecipient._wire_names = {
    "email": "email",
    "name": "name",
    "status": "status",
}
TransactionalEmailRecipient._wire_fields = frozenset(TransactionalEmailRecipient._wire_names.values())
TransactionalEmailRecipient._decoders = {
    "email": None,
    "name": None,
    "status": _decode_status,
}
TransactionalEmailRecipient._encoders = {
    "email": _encode_email,
    "name": _encode_name,
    "status": _encode_status,
}
TransactionalEmailRecipient._extra_decoder = _decode_additional_properties
