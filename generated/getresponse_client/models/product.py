from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_meta_field import NewMetaField
    from ..models.new_product_category import NewProductCategory
    from ..models.new_product_variant import NewProductVariant
    from .new_meta_field import NewMetaFieldDict
    from .new_product_category import NewProductCategoryDict
    from .new_product_variant import NewProductVariantDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class Product(WireModel):
    """
    Attributes:
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
        product_id (str | Unset): The product ID Example: 9I.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/shops/pf3/products/9I.
        name (str | Unset): The product name Example: Monster Cap.
        type_ (str | Unset): The product type Example: Headwear.
        url (str | Unset): The external URL for the product Example: https://somedomain.com/products/456.
        vendor (str | Unset): The product vendor Example: GetResponse.
        external_id (str | Unset): The external ID is the identifying string or number of the product given by another
            software Example: 123456.
        categories (list[NewProductCategory] | Unset):
        variants (list[NewProductVariant] | Unset):
        meta_fields (list[NewMetaField] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    product_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    vendor: str | Unset = UNSET
    external_id: str | Unset = UNSET
    categories: list[NewProductCategory] | Unset = UNSET
    variants: list[NewProductVariant] | Unset = UNSET
    meta_fields: list[NewMetaField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_categories(json_value_: Any) -> list[NewProductCategory] | Unset:
    _categories = json_value_
    categories: list[NewProductCategory] | Unset = UNSET
    if _categories is not UNSET:
        categories = []
        for categories_item_data in _categories:
            categories_item = NewProductCategory.from_dict(categories_item_data)

            categories.append(categories_item)

    return categories


def _decode_variants(json_value_: Any) -> list[NewProductVariant] | Unset:
    _variants = json_value_
    variants: list[NewProductVariant] | Unset = UNSET
    if _variants is not UNSET:
        variants = []
        for variants_item_data in _variants:
            variants_item = NewProductVariant.from_dict(variants_item_data)

            variants.append(variants_item)

    return variants


def _decode_meta_fields(json_value_: Any) -> list[NewMetaField] | Unset:
    _meta_fields = json_value_
    meta_fields: list[NewMetaField] | Unset = UNSET
    if _meta_fields is not UNSET:
        meta_fields = []
        for meta_fields_item_data in _meta_fields:
            meta_fields_item = NewMetaField.from_dict(meta_fields_item_data)

            meta_fields.append(meta_fields_item)

    return meta_fields


class ProductDict(TypedDict, total=False):
    """Product as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    type: str
    url: str
    vendor: str
    externalId: str
    categories: list[NewProductCategory | NewProductCategoryDict]
    variants: list[NewProductVariant | NewProductVariantDict]
    metaFields: list[NewMetaField | NewMetaFieldDict]


Product._read_only = frozenset(["created_on", "href", "product_id", "updated_on"])

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_meta_field import NewMetaField  # noqa: E402
from ..models.new_product_category import NewProductCategory  # noqa: E402
from ..models.new_product_variant import NewProductVariant  # noqa: E402

bind_fields(
    Product,
    {
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
        "product_id": WireField("productId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "type_": WireField("type"),
        "url": WireField("url"),
        "vendor": WireField("vendor"),
        "external_id": WireField("externalId"),
        "categories": WireField("categories", decode=_decode_categories, keep=True),
        "variants": WireField("variants", decode=_decode_variants, keep=True),
        "meta_fields": WireField("metaFields", decode=_decode_meta_fields, keep=True),
    },
    additional_properties=True,
)
