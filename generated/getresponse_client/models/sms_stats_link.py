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
class SmsStatsLink(WireModel):
    """Link details

    Attributes:
        url (str | Unset): Link URL Example: https://getresponse.com.
        clicks (int | Unset): The number of link clicks from an SMS message Example: 1.
        unique_clicks (int | Unset): The number of unique link clicks from an SMS message Example: 1.
    """

    url: str | Unset = UNSET
    clicks: int | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsLink._wire_fields}


SmsStatsLink._extra_decoder = _decode_additional_properties

bind_fields(
    SmsStatsLink,
    {
        "url": WireField("url"),
        "clicks": WireField("clicks", decode=wire_int),
        "unique_clicks": WireField("uniqueClicks", decode=wire_int),
    },
    additional_properties=True,
)
