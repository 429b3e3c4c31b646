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

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class AccountBillingAddonsItem(WireModel):
    """
    Attributes:
        name (str | Unset): Addon name Example: Landing Page Creator.
        price (int | Unset): Addon price Example: 15.
        active (StringBooleanEnum | Unset):
    """

    name: str | Unset = UNSET
    price: int | Unset = UNSET
    active: StringBooleanEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountBillingAddonsItem._wire_fields}


AccountBillingAddonsItem._extra_decoder = _decode_additional_properties

bind_fields(
    AccountBillingAddonsItem,
    {
        "name": WireField("name"),
        "price": WireField("price", decode=wire_int),
        "active": WireField("active", enum=StringBooleanEnum),
    },
    additional_properties=True,
)
