from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_bool,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpsertSingleProductCategory(WireModel):
    """
    Attributes:
        category_id (str): The category ID Example: atQ.
        is_default (bool | Unset): This is a default category Example: True.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    category_id: str
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class UpsertSingleProductCategoryDict(TypedDict, total=False):
    """UpsertSingleProductCategory as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    categoryId: Required[str]
    isDefault: bool


bind_fields(
    UpsertSingleProductCategory,
    {
        "category_id": WireField("categoryId", required=True),
        "is_default": WireField("isDefault", decode=wire_bool),
    },
    additional_properties=True,
)
