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
class FormStatistics(WireModel):
    """
    Attributes:
        visitors (int | Unset): The total number of form visitors Example: 4371.
        unique_visitors (int | Unset): The number of unique form visitors Example: 3865.
        subscribed (int | Unset): The number of visitors that subscribed using this form Example: 2594.
        subscription_rate (float | Unset): The ratio of subscribed to visitors Example: 0.59.
    """

    visitors: int | Unset = UNSET
    unique_visitors: int | Unset = UNSET
    subscribed: int | Unset = UNSET
    subscription_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FormStatistics._wire_fields}


FormStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    FormStatistics,
    {
        "visitors": WireField("visitors", decode=wire_int),
        "unique_visitors": WireField("uniqueVisitors", decode=wire_int),
        "subscribed": WireField("subscribed", decode=wire_int),
        "subscription_rate": WireField("subscriptionRate"),
    },
    additional_properties=True,
)
