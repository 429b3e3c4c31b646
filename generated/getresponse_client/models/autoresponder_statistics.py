from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class AutoresponderStatistics(WireModel):
    """The autoresponder statistics summary

    Attributes:
        delivered (float | Unset):  Example: 0.
        open_rate (float | Unset):  Example: 0.
        click_rate (float | Unset):  Example: 0.
    """

    delivered: float | Unset = UNSET
    open_rate: float | Unset = UNSET
    click_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AutoresponderStatistics._wire_fields}


class AutoresponderStatisticsDict(TypedDict, total=False):
    """AutoresponderStatistics as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    delivered: float
    openRate: float
    clickRate: float


AutoresponderStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    AutoresponderStatistics,
    {
        "delivered": WireField("delivered"),
        "open_rate": WireField("openRate"),
        "click_rate": WireField("clickRate"),
    },
    additional_properties=True,
)
