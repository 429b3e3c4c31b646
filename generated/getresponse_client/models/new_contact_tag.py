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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewContactTag(WireModel):
    """
    Attributes:
        tag_id (str):  Example: m7E2.
    """

    tag_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewContactTag._wire_fields}


class NewContactTagDict(TypedDict, total=False):
    """NewContactTag as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    tagId: Required[str]


NewContactTag._extra_decoder = _decode_additional_properties

bind_fields(
    NewContactTag,
    {
        "tag_id": WireField("tagId", required=True),
    },
    additional_properties=True,
)
