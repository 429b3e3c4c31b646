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
class LpsListItemStatistics(WireModel):
    """
    Attributes:
        visits (int | Unset): The number of browsing sessions initiated on your landing page Example: 9.
        leads (int | Unset): Number of leads Example: 5.
        subscription_rate (int | Unset): The number of leads divided by the number of visitors, shown as a percentage
            Example: 52.
    """

    visits: int | Unset = UNSET
    leads: int | Unset = UNSET
    subscription_rate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LpsListItemStatistics._wire_fields}


LpsListItemStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    LpsListItemStatistics,
    {
        "visits": WireField("visits", decode=wire_int),
        "leads": WireField("leads", decode=wire_int),
        "subscription_rate": WireField("subscriptionRate", decode=wire_int),
    },
    additional_properties=True,
)
