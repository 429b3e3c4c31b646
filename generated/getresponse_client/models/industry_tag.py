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
class IndustryTag(WireModel):
    """
    Attributes:
        industry_tag_id (str): Industry tag ID Example: 1.
        name (str | Unset):  Example: Marketing agencies.
        description (str | Unset):  Example: Marketing agencies big and small, with fluent and wise agents....
    """

    industry_tag_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in IndustryTag._wire_fields}


IndustryTag._extra_decoder = _decode_additional_properties

bind_fields(
    IndustryTag,
    {
        "industry_tag_id": WireField("industryTagId", required=True),
        "name": WireField("name"),
        "description": WireField("description"),
    },
    additional_properties=True,
)
