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
class SendingLimitsListItem(WireModel):
    """
    Attributes:
        time_frame (int | Unset): Time frame, measured in seconds Example: 2592000.
        limit (int | Unset): The number of email sends available within a given time frame Example: 2500.
        used (int | Unset): The number of email sends used within the given time frame Example: 0.
    """

    time_frame: int | Unset = UNSET
    limit: int | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SendingLimitsListItem._wire_fields}


SendingLimitsListItem._extra_decoder = _decode_additional_properties

bind_fields(
    SendingLimitsListItem,
    {
        "time_frame": WireField("timeFrame", decode=wire_int),
        "limit": WireField("limit", decode=wire_int),
        "used": WireField("used", decode=wire_int),
    },
    additional_properties=True,
)
