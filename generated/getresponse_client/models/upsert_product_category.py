from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.upsert_single_product_category import UpsertSingleProductCategory
    from .upsert_single_product_category import UpsertSingleProductCategoryDict


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertProductCategory._wire_fields}


class UpsertProductCategoryDict(TypedDict, total=False):
    """UpsertProductCategory as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    categories: Required[list[UpsertSingleProductCategory | UpsertSingleProductCategoryDict]]


UpsertProductCategory._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.upsert_single_product_category import UpsertSingleProductCategory  # noqa: E402

bind_fields(
    UpsertProductCategory,
    {
        "categories": WireField("categories", required=True, decode=_decode_categories, keep=True),
    },
    additional_properties=True,
)
