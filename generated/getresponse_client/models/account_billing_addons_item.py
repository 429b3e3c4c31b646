from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    wire_int,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset


@_attrs_define
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


def _decode_active(json_value_: Any) -> StringBooleanEnum | Unset:
    _active = json_value_
    active: StringBooleanEnum | Unset
    if isinstance(_active, Unset):
        active = UNSET
    else:
        active = StringBooleanEnum(_active)

    return active


def _from_dict(cls: type[AccountBillingAddonsItem], src_dict: Mapping[str, Any]) -> AccountBillingAddonsItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.name = get("name", UNSET)
    value = get("price", UNSET)
    if type(value) is int or absent(value):
        self.price = value
    else:
        try:
            self.price = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "price", value, error)
    value = get("active", UNSET)
    if type(value) is str:
        try:
            self.active = _members_active[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.active = StringBooleanEnum(value)
    elif absent(value):
        self.active = value
    else:
        try:
            self.active = _decode_active(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "active", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AccountBillingAddonsItem._wire_fields}


setattr(AccountBillingAddonsItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AccountBillingAddonsItem._wire_names = {
    "name": "name",
    "price": "price",
    "active": "active",
}
AccountBillingAddonsItem._wire_fields = frozenset(AccountBillingAddonsItem._wire_names.values())
AccountBillingAddonsItem._decoders = {
    "name": None,
    "price": wire_int,
    "active": _decode_active,
}
AccountBillingAddonsItem._extra_decoder = _decode_additional_properties
_members_active = enum_members(StringBooleanEnum)
