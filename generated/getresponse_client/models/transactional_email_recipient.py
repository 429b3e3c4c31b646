from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

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
)

from ..models.transactional_email_recipient_status import TransactionalEmailRecipientStatus
from ..types import UNSET, Unset


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
    status: TransactionalEmailRecipientStatus | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> TransactionalEmailRecipientStatus | Unset:
    _status = json_value_
    status: TransactionalEmailRecipientStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TransactionalEmailRecipientStatus(_status)

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
    value = get("email", UNSET)
    if value is UNSET:
        not_in_response(self, "email")
    else:
        self.email = value
    self.name = get("name", UNSET)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = TransactionalEmailRecipientStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipient._wire_fields}


class TransactionalEmailRecipientDict(TypedDict, total=False):
    """TransactionalEmailRecipient as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    email: Required[str]
    name: str


setattr(TransactionalEmailRecipient, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TransactionalEmailRecipient._wire_names = {
    "email": "email",
    "name": "name",
    "status": "status",
}
TransactionalEmailRecipient._wire_fields = frozenset(TransactionalEmailRecipient._wire_names.values())
TransactionalEmailRecipient._read_only = frozenset(["status"])
TransactionalEmailRecipient._decoders = {
    "email": None,
    "name": None,
    "status": _decode_status,
}
TransactionalEmailRecipient._extra_decoder = _decode_additional_properties
_members_status = enum_members(TransactionalEmailRecipientStatus)
