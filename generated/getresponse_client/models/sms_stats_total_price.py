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
class SmsStatsTotalPrice(WireModel):
    """Cost details of a specific SMS

    Attributes:
        amount (str | Unset): Total SMS message cost Example: 0.0240.
        currency (str | Unset): Pricing currency Example: USD.
    """

    amount: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsStatsTotalPrice._wire_fields}


SmsStatsTotalPrice._extra_decoder = _decode_additional_properties

bind_fields(
    SmsStatsTotalPrice,
    {
        "amount": WireField("amount"),
        "currency": WireField("currency"),
    },
    additional_properties=True,
)
