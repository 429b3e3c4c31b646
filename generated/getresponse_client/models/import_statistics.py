from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class ImportStatistics(WireModel):
    """
    Attributes:
        uploaded (int): The number of uploaded contacts Example: 25.
        invalid (int): The number of invalid contacts Example: 5.
        updated (int): The number of updated contacts Example: 10.
        added_to_list (int): The number of added contacts Example: 10.
    """

    uploaded: int
    invalid: int
    updated: int
    added_to_list: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ImportStatistics._wire_fields}


ImportStatistics._extra_decoder = _decode_additional_properties

bind_fields(
    ImportStatistics,
    {
        "uploaded": WireField("uploaded", required=True, decode=wire_int),
        "invalid": WireField("invalid", required=True, decode=wire_int),
        "updated": WireField("updated", required=True, decode=wire_int),
        "added_to_list": WireField("addedToList", required=True, decode=wire_int),
    },
    additional_properties=True,
)
