from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    parse_datetime,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_list_item_send_on_type_0_time_zone import SmsListItemSendOnType0TimeZone


@_attrs_define
class SmsListItemSendOnType0(WireModel):
    """SMS message send date details

    Attributes:
        date (datetime.datetime | Unset): Send date. Example: 2022-03-26T10:35:00.
        time_zone (SmsListItemSendOnType0TimeZone | Unset): Time zone details
    """

    date: datetime.datetime | Unset = UNSET
    time_zone: SmsListItemSendOnType0TimeZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_date(json_value_: Any) -> datetime.datetime | Unset:
    _date = json_value_
    date: datetime.datetime | Unset
    if isinstance(_date, Unset):
        date = UNSET
    else:
        date = datetime.datetime.fromisoformat(_date)

    return date


def _decode_time_zone(json_value_: Any) -> SmsListItemSendOnType0TimeZone | Unset:
    _time_zone = json_value_
    time_zone: SmsListItemSendOnType0TimeZone | Unset
    if isinstance(_time_zone, Unset):
        time_zone = UNSET
    else:
        time_zone = SmsListItemSendOnType0TimeZone.from_dict(_time_zone)

    return time_zone


def _from_dict(cls: type[SmsListItemSendOnType0], src_dict: Mapping[str, Any]) -> SmsListItemSendOnType0:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("date", UNSET)
    if type(value) is str:
        try:
            self.date = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    elif absent(value):
        self.date = value
    else:
        try:
            self.date = _decode_date(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "date", value, error)
    value = get("timeZone", UNSET)
    if type(value) is dict:
        self.time_zone = SmsListItemSendOnType0TimeZone.from_dict(value)
    elif absent(value):
        self.time_zone = value
    else:
        try:
            self.time_zone = _decode_time_zone(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "time_zone", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsListItemSendOnType0._wire_fields}


setattr(SmsListItemSendOnType0, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SmsListItemSendOnType0._wire_names = {
    "date": "date",
    "time_zone": "timeZone",
}
SmsListItemSendOnType0._wire_fields = frozenset(SmsListItemSendOnType0._wire_names.values())
SmsListItemSendOnType0._decoders = {
    "date": _decode_date,
    "time_zone": _decode_time_zone,
}
SmsListItemSendOnType0._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_list_item_send_on_type_0_time_zone import SmsListItemSendOnType0TimeZone  # noqa: E402
