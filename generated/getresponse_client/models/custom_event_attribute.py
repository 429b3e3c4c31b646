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

from ..models.custom_event_attribute_type import CustomEventAttributeType


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class CustomEventAttribute(WireModel):
    """
    Attributes:
        name (str): Unique name of attribute Example: sample_attribute.
        type_ (CustomEventAttributeType): Type of attribute Example: string.
    """

    name: str
    type_: CustomEventAttributeType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomEventAttribute._wire_fields}


CustomEventAttribute._extra_decoder = _decode_additional_properties

bind_fields(
    CustomEventAttribute,
    {
        "name": WireField("name", required=True),
        "type_": WireField("type", required=True, enum=CustomEventAttributeType),
    },
    additional_properties=True,
)
