from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_date,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class CustomDateRange(WireModel):
    """
    Attributes:
        from_ (datetime.date): The UTC date format Example: 2018-04-01.
        to (datetime.date): The UTC date format Example: 2018-04-10.
    """

    from_: datetime.date
    to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomDateRange._wire_fields}


CustomDateRange._extra_decoder = _decode_additional_properties

bind_fields(
    CustomDateRange,
    {
        "from_": WireField("from", required=True, decode=parse_date),
        "to": WireField("to", required=True, decode=parse_date),
    },
    additional_properties=True,
)
