from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewContactCustomFieldValue(WireModel):
    """
    Attributes:
        custom_field_id (str): Custom field ID Example: kL6Nh.
        value (list[str]):
    """

    custom_field_id: str
    value: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_value(json_value_: Any) -> list[str]:
    value = cast(list[str], json_value_)

    return value


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewContactCustomFieldValue._wire_fields}


class NewContactCustomFieldValueDict(TypedDict, total=False):
    """NewContactCustomFieldValue as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    customFieldId: Required[str]
    value: Required[list[str]]


NewContactCustomFieldValue._extra_decoder = _decode_additional_properties

bind_fields(
    NewContactCustomFieldValue,
    {
        "custom_field_id": WireField("customFieldId", required=True),
        "value": WireField("value", required=True, decode=_decode_value, keep=True),
    },
    additional_properties=True,
)
