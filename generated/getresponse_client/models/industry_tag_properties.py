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
class IndustryTagProperties(WireModel):
    """
    Attributes:
        name (str | Unset):  Example: Marketing agencies.
        description (str | Unset):  Example: Marketing agencies big and small, with fluent and wise agents....
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in IndustryTagProperties._wire_fields}


IndustryTagProperties._extra_decoder = _decode_additional_properties

bind_fields(
    IndustryTagProperties,
    {
        "name": WireField("name"),
        "description": WireField("description"),
    },
    additional_properties=True,
)
