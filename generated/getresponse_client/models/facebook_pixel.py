from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class FacebookPixel(WireModel):
    """
    Attributes:
        pixel_id (str):  Example: 123.
        name (str | Unset):  Example: integration-pixel.
    """

    pixel_id: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FacebookPixel._wire_fields}


FacebookPixel._extra_decoder = _decode_additional_properties

bind_fields(
    FacebookPixel,
    {
        "pixel_id": WireField("pixelId", required=True),
        "name": WireField("name"),
    },
    additional_properties=True,
)
