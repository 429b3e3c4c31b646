from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TimeZone(WireModel):
    """
    Attributes:
        time_zone_id (int): Time zone ID: Link to resource Example: 282.
    """

    time_zone_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TimeZone._wire_fields}


class TimeZoneDict(TypedDict, total=False):
    """TimeZone as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    timeZoneId: Required[int]


TimeZone._extra_decoder = _decode_additional_properties

bind_fields(
    TimeZone,
    {
        "time_zone_id": WireField("timeZoneId", required=True, decode=wire_int),
    },
    additional_properties=True,
)
