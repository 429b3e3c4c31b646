from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
    wire_bool,
)

from ..types import UNSET, Unset


@_attrs_define
class UpsertSingleProductCategory(WireModel):
    """
    Attributes:
        category_id (str): The category ID Example: atQ.
        is_default (bool | Unset): This is a default category Example: True.
    """

    category_id: str
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[UpsertSingleProductCategory], src_dict: Mapping[str, Any]) -> UpsertSingleProductCategory:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("categoryId", UNSET)
    if value is UNSET:
        not_in_response(self, "category_id")
    else:
        self.category_id = value
    value = get("isDefault", UNSET)
    if type(value) is bool or absent(value):
        self.is_default = value
    else:
        try:
            self.is_default = wire_bool(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "is_default", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertSingleProductCategory._wire_fields}


class UpsertSingleProductCategoryDict(TypedDict, total=False):
    """UpsertSingleProductCategory as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    categoryId: Required[str]
    isDefault: bool


setattr(UpsertSingleProductCategory, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpsertSingleProductCategory._wire_names = {
    "category_id": "categoryId",
    "is_default": "isDefault",
}
UpsertSingleProductCategory._wire_fields = frozenset(UpsertSingleProductCategory._wire_names.values())
UpsertSingleProductCategory._decoders = {
    "category_id": None,
    "is_default": wire_bool,
}
UpsertSingleProductCategory._extra_decoder = _decode_additional_properties
