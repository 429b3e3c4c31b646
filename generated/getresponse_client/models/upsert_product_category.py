from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

if TYPE_CHECKING:
    from ..models.upsert_single_product_category import UpsertSingleProductCategory


T = TypeVar("T", bound="UpsertProductCategory")


@_attrs_define
class UpsertProductCategory(WireModel):
    """This method makes it possible to assign product categories, and to set a default product category.

    Attributes:
        categories (list[UpsertSingleProductCategory]):
    """

    categories: list[UpsertSingleProductCategory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
            }
        )

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_categories(d: Mapping[str, Any]) -> list[UpsertSingleProductCategory]:
    from ..models.upsert_single_product_category import UpsertSingleProductCategory  # noqa: PLC0415

    categories = []
    _categories = d["categories"]
    for categories_item_data in _categories:
        categories_item = UpsertSingleProductCategory.from_dict(categories_item_data)

        categories.append(categories_item)

    return categories


def _encode_categories(self: UpsertProductCategory) -> Any:
    categories = []
    for categories_item_data in self.categories:
        categories_item = categories_item_data.to_dict()
        categories.append(categories_item)

    return categories


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in UpsertProductCategory._wire_fields}


UpsertProductCategory._wire_names = {
    "categories": "categories",
}
UpsertProductCategory._wire_fields = frozenset(UpsertProductCategory._wire_names.values())
UpsertProductCategory._decoders = {
    "categories": _decode_categories,
    "additional_properties": _decode_additional_properties,
}
UpsertProductCategory._encoders = {
    "categories": _encode_categories,
}
