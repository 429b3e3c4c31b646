from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.custom_event_attribute_type import CustomEventAttributeType


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class CustomEventAttributeDetails(WireModel):
    """
    Attributes:
        name (str): Unique name of attribute Example: sample_attribute.
        type_ (CustomEventAttributeType): Type of attribute Example: string.
        custom_event_attribute_id (str):  Example: gt7.
    """

    name: str
    type_: CustomEventAttributeType
    custom_event_attribute_id: str = _attrs_field(init=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in CustomEventAttributeDetails._wire_fields}


class CustomEventAttributeDetailsDict(TypedDict, total=False):
    """CustomEventAttributeDetails as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    type: Required[CustomEventAttributeType | str]


CustomEventAttributeDetails._read_only = frozenset(["custom_event_attribute_id"])
CustomEventAttributeDetails._extra_decoder = _decode_additional_properties

bind_fields(
    CustomEventAttributeDetails,
    {
        "name": WireField("name", required=True),
        "type_": WireField("type", required=True, enum=CustomEventAttributeType),
        "custom_event_attribute_id": WireField("customEventAttributeId", required=True),
    },
    additional_properties=True,
)
