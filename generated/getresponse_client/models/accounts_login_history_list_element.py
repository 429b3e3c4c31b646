from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AccountsLoginHistoryListElement(WireModel):
    """
    Attributes:
        login_time (datetime.datetime | Unset): Login time Example: 2004-02-12T15:19:21+0000.
        logout_time (datetime.datetime | None | Unset): Logout time Example: 2004-02-12T15:19:21+0000.
        is_successful (StringBooleanEnum | Unset):
        ip (str | Unset): IP address Example: 192.0.0.1.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    login_time: datetime.datetime | Unset = UNSET
    logout_time: datetime.datetime | None | Unset = UNSET
    is_successful: StringBooleanEnum | Unset = UNSET
    ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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


bind_fields(
    AccountsLoginHistoryListElement,
    {
        "login_time": WireField("loginTime", decode=parse_datetime),
        "logout_time": WireField("logoutTime", decode=_decode_logout_time, keep=True),
        "is_successful": WireField("isSuccessful", enum=StringBooleanEnum),
        "ip": WireField("ip"),
    },
    additional_properties=True,
)
