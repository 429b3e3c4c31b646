from __future__ import annotations

import datetime
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
    parse_datetime,
)

from ..models.transactional_email_recipient_status import TransactionalEmailRecipientStatus
from ..types import UNSET, Unset


@_attrs_define
class TransactionalEmailRecipientTo(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
        valid_since (datetime.datetime | Unset): The first time this address appeared in your system Example:
            2018-05-02T09:30:43+0200.
    """

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = _attrs_field(init=False, default=UNSET)
    valid_since: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> TransactionalEmailRecipientStatus | Unset:
    _status = json_value_
    status: TransactionalEmailRecipientStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TransactionalEmailRecipientStatus(_status)

    return status


def _decode_valid_since(json_value_: Any) -> datetime.datetime | Unset:
    _valid_since = json_value_
    valid_since: datetime.datetime | Unset
    if isinstance(_valid_since, Unset):
        valid_since = UNSET
    else:
        valid_since = datetime.datetime.fromisoformat(_valid_since)

    return valid_since


def _from_dict(cls: type[TransactionalEmailRecipientTo], src_dict: Mapping[str, Any]) -> TransactionalEmailRecipientTo:
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
    value = get("validSince", UNSET)
    if type(value) is str:
        try:
            self.valid_since = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "valid_since", value, error)
    elif absent(value):
        self.valid_since = value
    else:
        try:
            self.valid_since = _decode_valid_since(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "valid_since", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailRecipientTo._wire_fields}


class TransactionalEmailRecipientToDict(TypedDict, total=False):
    """TransactionalEmailRecipientTo as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    email: Required[str]
    name: str
    validSince: datetime.datetime | str


setattr(
    TransactionalEmailRecipientTo, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailRecipientTo._wire_names = {
    "email": "email",
    "name": "name",
    "status": "status",
    "valid_since": "validSince",
}
TransactionalEmailRecipientTo._wire_fields = frozenset(TransactionalEmailRecipientTo._wire_names.values())
TransactionalEmailRecipientTo._read_only = frozenset(["status"])
TransactionalEmailRecipientTo._decoders = {
    "email": None,
    "name": None,
    "status": _decode_status,
    "valid_since": _decode_valid_since,
}
TransactionalEmailRecipientTo._extra_decoder = _decode_additional_properties
_members_status = enum_members(TransactionalEmailRecipientStatus)
