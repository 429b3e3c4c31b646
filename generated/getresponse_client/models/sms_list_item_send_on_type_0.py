from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_list_item_send_on_type_0_time_zone import SmsListItemSendOnType0TimeZone


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SmsListItemSendOnType0(WireModel):
    """SMS message send date details

    Attributes:
        date (datetime.datetime | Unset): Send date. Example: 2022-03-26T10:35:00.
        time_zone (SmsListItemSendOnType0TimeZone | Unset): Time zone details
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    date: datetime.datetime | Unset = UNSET
    time_zone: SmsListItemSendOnType0TimeZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.sms_list_item_send_on_type_0_time_zone import SmsListItemSendOnType0TimeZone  # noqa: E402

bind_fields(
    SmsListItemSendOnType0,
    {
        "date": WireField("date", decode=parse_datetime),
        "time_zone": WireField("timeZone", decode=SmsListItemSendOnType0TimeZone.from_dict, keep=True),
    },
    additional_properties=True,
)
