from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class Blocklist(WireModel):
    """
    Attributes:
        masks (list[str] | Unset):
    """

    masks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_masks(json_value_: Any) -> list[str] | Unset:
    masks = cast(list[str], json_value_)

    return masks


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Blocklist._wire_fields}


Blocklist._extra_decoder = _decode_additional_properties

bind_fields(
    Blocklist,
    {
        "masks": WireField("masks", decode=_decode_masks, keep=True),
    },
    additional_properties=True,
)
