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
class UpdateSuppression(WireModel):
    """
    Attributes:
        name (str): The name of the suppression list Example: suppression-name.
        masks (list[str]):
    """

    name: str
    masks: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_masks(json_value_: Any) -> list[str]:
    masks = cast(list[str], json_value_)

    return masks


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpdateSuppression._wire_fields}


class UpdateSuppressionDict(TypedDict, total=False):
    """UpdateSuppression as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    masks: Required[list[str]]


UpdateSuppression._extra_decoder = _decode_additional_properties

bind_fields(
    UpdateSuppression,
    {
        "name": WireField("name", required=True),
        "masks": WireField("masks", required=True, decode=_decode_masks, keep=True),
    },
    additional_properties=True,
)
