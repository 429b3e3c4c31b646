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
class BaseTag(WireModel):
    """
    Attributes:
        name (str | Unset): The tag name Example: My_Tag.
        color (str | Unset): The tag color (deprecated)
    """

    name: str | Unset = UNSET
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in BaseTag._wire_fields}


BaseTag._extra_decoder = _decode_additional_properties

bind_fields(
    BaseTag,
    {
        "name": WireField("name"),
        "color": WireField("color"),
    },
    additional_properties=True,
)
