from __future__ import annotations

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class UpsertProductCategory(WireModel):
    """This method makes it possible to assign product categories, and to set a default product category.

    Attributes:
        categories (list[UpsertSingleProductCategory]):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    categories: list[UpsertSingleProductCategory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_categories(json_value_: Any) -> list[UpsertSingleProductCategory]:
    categories = []
    _categories = json_value_
    for categories_item_data in _categories:
        categories_item = UpsertSingleProductCategory.from_dict(categories_item_data)

        categories.append(categories_item)

    return categories


class UpsertProductCategoryDict(TypedDict, total=False):
    """UpsertProductCategory as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    categories: Required[list[UpsertSingleProductCategory | UpsertSingleProductCategoryDict]]


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
