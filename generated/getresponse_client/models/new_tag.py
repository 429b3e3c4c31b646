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

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class NewTag(WireModel):
    """
    Attributes:
        name (str): The tag name Example: My_Tag.
        color (str | Unset): The tag color (deprecated)
    """

    name: str
    color: str | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewTag._wire_fields}


class NewTagDict(TypedDict, total=False):
    """NewTag as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]


NewTag._read_only = frozenset(["color"])
NewTag._extra_decoder = _decode_additional_properties

bind_fields(
    NewTag,
    {
        "name": WireField("name", required=True),
        "color": WireField("color"),
    },
    additional_properties=True,
)
