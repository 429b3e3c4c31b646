from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
)

from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class LandingPageVariant(WireModel):
    """
    Attributes:
        variant_id (str | Unset): The landing page variant ID. Example: PKxn.
        variant (str | Unset): The variant index. Example: 0.
        winner (bool | Unset):  Example: True.
        visitors (str | Unset):  Example: 12.
        unique_visitors (str | Unset):  Example: 2.
        subscribed (str | Unset):  Example: 2.
    """

    variant_id: str | Unset = UNSET
    variant: str | Unset = UNSET
    winner: bool | Unset = UNSET
    visitors: str | Unset = UNSET
    unique_visitors: str | Unset = UNSET
    subscribed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in LandingPageVariant._wire_fields}


LandingPageVariant._extra_decoder = _decode_additional_properties

bind_fields(
    LandingPageVariant,
    {
        "variant_id": WireField("variantId"),
        "variant": WireField("variant"),
        "winner": WireField("winner", decode=wire_bool),
        "visitors": WireField("visitors"),
        "unique_visitors": WireField("uniqueVisitors"),
        "subscribed": WireField("subscribed"),
    },
    additional_properties=True,
)
