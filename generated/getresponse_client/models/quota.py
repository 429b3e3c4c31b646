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
class Quota(WireModel):
    """
    Attributes:
        limit (int | Unset): The total size of available storage space Example: 1048576.
        usage (int | Unset): The currently used storage space Example: 1024.
    """

    limit: int | Unset = UNSET
    usage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Quota._wire_fields}


Quota._extra_decoder = _decode_additional_properties

bind_fields(
    Quota,
    {
        "limit": WireField("limit", decode=wire_int),
        "usage": WireField("usage", decode=wire_int),
    },
    additional_properties=True,
)
