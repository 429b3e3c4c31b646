from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SmsListItemStatistics(WireModel):
    """Message statistics

    Attributes:
        sent (int | Unset): Number of sent messages Example: 12.
        delivered (int | Unset): Number of delivered messages Example: 10.
        clicks (int | Unset): Number of clicked messages Example: 8.
    """

    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsListItemStatistics._wire_fields}


SmsListItemStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    SmsListItemStatistics,
    {
        "sent": WireField("sent", decode=wire_int),
        "delivered": WireField("delivered", decode=wire_int),
        "clicks": WireField("clicks", decode=wire_int),
    },
    additional_properties=True,
)
