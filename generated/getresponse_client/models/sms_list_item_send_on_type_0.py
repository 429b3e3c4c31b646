from __future__ import annotations

import datetime
from collections.abc import Mapping
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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SmsListItemSendOnType0(WireModel):
    """SMS message send date details

    Attributes:
        date (datetime.datetime | Unset): Send date. Example: 2022-03-26T10:35:00.
        time_zone (SmsListItemSendOnType0TimeZone | Unset): Time zone details
    """

    date: datetime.datetime | Unset = UNSET
    time_zone: SmsListItemSendOnType0TimeZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsListItemSendOnType0._wire_fields}


SmsListItemSendOnType0._extra_decoder = _decode_additional_properties

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
