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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class WebinarStatistics(WireModel):
    """
    Attributes:
        registrants (int):  Example: 15.
        visitors (int):  Example: 10.
        attendees (int):  Example: 5.
    """

    registrants: int
    visitors: int
    attendees: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebinarStatistics._wire_fields}


WebinarStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    WebinarStatistics,
    {
        "registrants": WireField("registrants", required=True, decode=wire_int),
        "visitors": WireField("visitors", required=True, decode=wire_int),
        "attendees": WireField("attendees", required=True, decode=wire_int),
    },
    additional_properties=True,
)
