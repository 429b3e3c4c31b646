from __future__ import annotations

import datetime
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


@_attrs_define
class NewProduct(WireModel):
    """
    Attributes:
        name (str): The product name Example: Monster Cap.
        variants (list[NewProductVariant]):
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
        product_id (str | Unset): The product ID Example: 9I.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/shops/pf3/products/9I.
        type_ (str | Unset): The product type Example: Headwear.
        url (str | Unset): The external URL for the product Example: https://somedomain.com/products/456.
        vendor (str | Unset): The product vendor Example: GetResponse.
        external_id (str | Unset): The external ID is the identifying string or number of the product given by another
            software Example: 123456.
        categories (list[NewProductCategory] | Unset):
        meta_fields (list[NewMetaField] | Unset):
    """

    name: str
    variants: list[NewProductVariant]
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    product_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    vendor: str | Unset = UNSET
    external_id: str | Unset = UNSET
    categories: list[NewProductCategory] | Unset = UNSET
    meta_fields: list[NewMetaField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_variants(json_value_: Any) -> list[NewProductVariant]:
    variants = []
    _variants = json_value_
    for variants_item_data in _variants:
        variants_item = NewProductVariant.from_dict(variants_item_data)

        variants.append(variants_item)

    return variants


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _decode_categories(json_value_: Any) -> list[NewProductCategory] | Unset:
    _categories = json_value_
    categories: list[NewProductCategory] | Unset = UNSET
    if _categories is not UNSET:
        categories = []
        for categories_item_data in _categories:
            categories_item = NewProductCategory.from_dict(categories_item_data)

            categories.append(categories_item)

    return categories


def _decode_meta_fields(json_value_: Any) -> list[NewMetaField] | Unset:
    _meta_fields = json_value_
    meta_fields: list[NewMetaField] | Unset = UNSET
    if _meta_fields is not UNSET:
        meta_fields = []
        for meta_fields_item_data in _meta_fields:
            meta_fields_item = NewMetaField.from_dict(meta_fields_item_data)

            meta_fields.append(meta_fields_item)

    return meta_fields


def _from_dict(cls: type[NewProduct], src_dict: Mapping[str, Any]) -> NewProduct:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("name", UNSET)
    if value is UNSET:
        not_in_response(self, "name")
    else:
        self.name = value
    value = get("variants", UNSET)
    if value is UNSET:
        not_in_response(self, "variants")
    elif absent(value):
        self.variants = value
    else:
        try:
            self.variants = _decode_variants(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "variants", value, error)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if type(value) is str:
        try:
            self.updated_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    elif absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    self.product_id = get("productId", UNSET)
    self.href = get("href", UNSET)
    self.type_ = get("type", UNSET)
    self.url = get("url", UNSET)
    self.vendor = get("vendor", UNSET)
    self.external_id = get("externalId", UNSET)
    value = get("categories", UNSET)
    if absent(value):
        self.categories = value
    else:
        try:
            self.categories = _decode_categories(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "categories", value, error)
    value = get("metaFields", UNSET)
    if absent(value):
        self.meta_fields = value
    else:
        try:
            self.meta_fields = _decode_meta_fields(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "meta_fields", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in NewProduct._wire_fields}


class NewProductDict(TypedDict, total=False):
    """NewProduct as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: Required[str]
    variants: Required[list[NewProductVariant | NewProductVariantDict]]
    type: str
    url: str
    vendor: str
    externalId: str
    categories: list[NewProductCategory | NewProductCategoryDict]
    metaFields: list[NewMetaField | NewMetaFieldDict]


setattr(NewProduct, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
NewProduct._wire_names = {
    "name": "name",
    "variants": "variants",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
    "product_id": "productId",
    "href": "href",
    "type_": "type",
    "url": "url",
    "vendor": "vendor",
    "external_id": "externalId",
    "categories": "categories",
    "meta_fields": "metaFields",
}
NewProduct._wire_fields = frozenset(NewProduct._wire_names.values())
NewProduct._read_only = frozenset(["created_on", "href", "product_id", "updated_on"])
NewProduct._decoders = {
    "name": None,
    "variants": _decode_variants,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "product_id": None,
    "href": None,
    "type_": None,
    "url": None,
    "vendor": None,
    "external_id": None,
    "categories": _decode_categories,
    "meta_fields": _decode_meta_fields,
}
NewProduct._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_meta_field import NewMetaField  # noqa: E402
from ..models.new_product_category import NewProductCategory  # noqa: E402
from ..models.new_product_variant import NewProductVariant  # noqa: E402
