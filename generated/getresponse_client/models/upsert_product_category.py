from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.upsert_single_product_category import UpsertSingleProductCategory
    from .upsert_single_product_category import UpsertSingleProductCategoryDict


@_attrs_define
class UpsertProductCategory(WireModel):
    """This method makes it possible to assign product categories, and to set a default product category.

    Attributes:
        categories (list[UpsertSingleProductCategory]):
    """

    categories: list[UpsertSingleProductCategory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_categories(json_value_: Any) -> list[UpsertSingleProductCategory]:
    categories = []
    _categories = json_value_
    for categories_item_data in _categories:
        categories_item = UpsertSingleProductCategory.from_dict(categories_item_data)

        categories.append(categories_item)

    return categories


def _from_dict(cls: type[UpsertProductCategory], src_dict: Mapping[str, Any]) -> UpsertProductCategory:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("categories", UNSET)
    if value is UNSET:
        not_in_response(self, "categories")
    elif absent(value):
        self.categories = value
    else:
        try:
            self.categories = _decode_categories(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "categories", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertProductCategory._wire_fields}


class UpsertProductCategoryDict(TypedDict, total=False):
    """UpsertProductCategory as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    categories: Required[list[UpsertSingleProductCategory | UpsertSingleProductCategoryDict]]


setattr(UpsertProductCategory, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
UpsertProductCategory._wire_names = {
    "categories": "categories",
}
UpsertProductCategory._wire_fields = frozenset(UpsertProductCategory._wire_names.values())
UpsertProductCategory._decoders = {
    "categories": _decode_categories,
}
UpsertProductCategory._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.upsert_single_product_category import UpsertSingleProductCategory  # noqa: E402
