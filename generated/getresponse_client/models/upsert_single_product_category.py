from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

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
class UpsertSingleProductCategory(WireModel):
    """
    Attributes:
        category_id (str): The category ID Example: atQ.
        is_default (bool | Unset): This is a default category Example: True.
    """

    category_id: str
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertSingleProductCategory._wire_fields}


class UpsertSingleProductCategoryDict(TypedDict, total=False):
    """UpsertSingleProductCategory as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    categoryId: Required[str]
    isDefault: bool


UpsertSingleProductCategory._extra_decoder = _decode_additional_properties

bind_fields(
    UpsertSingleProductCategory,
    {
        "category_id": WireField("categoryId", required=True),
        "is_default": WireField("isDefault", decode=wire_bool),
    },
    additional_properties=True,
)
