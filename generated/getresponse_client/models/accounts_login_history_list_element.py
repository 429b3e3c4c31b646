from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    parse_datetime,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define
class AccountsLoginHistoryListElement(WireModel):
    """
    Attributes:
        login_time (datetime.datetime | Unset): Login time Example: 2004-02-12T15:19:21+0000.
        logout_time (datetime.datetime | None | Unset): Logout time Example: 2004-02-12T15:19:21+0000.
        is_successful (StringBooleanEnum | Unset):
        ip (str | Unset): IP address Example: 192.0.0.1.
    """

    login_time: datetime.datetime | Unset = UNSET
    logout_time: datetime.datetime | None | Unset = UNSET
    is_successful: StringBooleanEnum | Unset = UNSET
    ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_login_time(json_value_: Any) -> datetime.datetime | Unset:
    _login_time = json_value_
    login_time: datetime.datetime | Unset
    if isinstance(_login_time, Unset):
        login_time = UNSET
    else:
        login_time = datetime.datetime.fromisoformat(_login_time)

    return login_time


def _decode_logout_time(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_logout_time(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            logout_time_type_0 = datetime.datetime.fromisoformat(data)

            return logout_time_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    logout_time = _parse_logout_time(json_value_)

    return logout_time


def _decode_is_successful(json_value_: Any) -> StringBooleanEnum | Unset:
    _is_successful = json_value_
    is_successful: StringBooleanEnum | Unset
    if isinstance(_is_successful, Unset):
        is_successful = UNSET
    else:
        is_successful = StringBooleanEnum(_is_successful)

    return is_successful


def _from_dict(
    cls: type[AccountsLoginHistoryListElement], src_dict: Mapping[str, Any]
) -> AccountsLoginHistoryListElement:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("loginTime", UNSET)
    if type(value) is str:
        try:
            self.login_time = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "login_time", value, error)
    elif absent(value):
        self.login_time = value
    else:
        try:
            self.login_time = _decode_login_time(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "login_time", value, error)
    value = get("logoutTime", UNSET)
    if absent(value):
        self.logout_time = value
    else:
        try:
            self.logout_time = _decode_logout_time(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "logout_time", value, error)
    value = get("isSuccessful", UNSET)
    if type(value) is str:
        try:
            self.is_successful = _members_is_successful[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.is_successful = StringBooleanEnum(value)
    elif absent(value):
        self.is_successful = value
    else:
        try:
            self.is_successful = _decode_is_successful(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_successful", value, error)
    self.ip = get("ip", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountsLoginHistoryListElement._wire_fields}


setattr(
    AccountsLoginHistoryListElement, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
AccountsLoginHistoryListElement._wire_names = {
    "login_time": "loginTime",
    "logout_time": "logoutTime",
    "is_successful": "isSuccessful",
    "ip": "ip",
}
AccountsLoginHistoryListElement._wire_fields = frozenset(AccountsLoginHistoryListElement._wire_names.values())
AccountsLoginHistoryListElement._decoders = {
    "login_time": _decode_login_time,
    "logout_time": _decode_logout_time,
    "is_successful": _decode_is_successful,
    "ip": None,
}
AccountsLoginHistoryListElement._extra_decoder = _decode_additional_properties
_members_is_successful = enum_members(StringBooleanEnum)
