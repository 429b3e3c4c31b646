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
class UpdateBlocklist(WireModel):
    """
    Attributes:
        masks (list[str]):
    """

    masks: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_masks(json_value_: Any) -> list[str]:
    masks = cast(list[str], json_value_)

    return masks


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateBlocklist._wire_fields}


class UpdateBlocklistDict(TypedDict, total=False):
    """UpdateBlocklist as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    masks: Required[list[str]]


UpdateBlocklist._extra_decoder = _decode_additional_properties

bind_fields(
    UpdateBlocklist,
    {
        "masks": WireField("masks", required=True, decode=_decode_masks, keep=True),
    },
    additional_properties=True,
)
