from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class RecurringSchedulingOneTimeType0(WireModel):
    """Field not applicable to the selected frequency

    Example:
        null

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in RecurringSchedulingOneTimeType0._wire_fields}


RecurringSchedulingOneTimeType0._extra_decoder = _decode_additional_properties

bind_fields(
    RecurringSchedulingOneTimeType0,
    {},
    additional_properties=True,
)
