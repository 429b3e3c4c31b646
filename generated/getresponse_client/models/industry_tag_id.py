from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class IndustryTagId(WireModel):
    """
    Attributes:
        industry_tag_id (str | Unset): Industry tag ID Example: 1.
    """

    industry_tag_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in IndustryTagId._wire_fields}


class IndustryTagIdDict(TypedDict, total=False):
    """IndustryTagId as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    industryTagId: str


IndustryTagId._extra_decoder = _decode_additional_properties

bind_fields(
    IndustryTagId,
    {
        "industry_tag_id": WireField("industryTagId"),
    },
    additional_properties=True,
)
