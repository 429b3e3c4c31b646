from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    parse_datetime,
    wire_int,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_meta_field import NewMetaField
    from ..models.new_product_variant_image import NewProductVariantImage
    from ..models.new_tax import NewTax
    from .new_meta_field import NewMetaFieldDict
    from .new_product_variant_image import NewProductVariantImageDict
    from .new_tax import NewTaxDict


@_attrs_define
class ProductVariant(WireModel):
    """
    Attributes:
        variant_id (str | Unset): The product ID Example: VTB.
        href (str | Unset): Direct hyperlink to a resource Example:
            https://api.getresponse.com/v3/shops/pf3/products/9I/variants/VTB.
        name (str | Unset): The product name Example: Red Monster Cap.
        url (str | Unset): The external URL to the product variant Example: https://somedomain.com/products-
            variants/986.
        sku (str | Unset): The stock-keeping unit of a variant. Example: SKU-1254-56-457-5689.
        price (float | Unset): The price Example: 20.
        price_tax (float | Unset): The price including tax Example: 27.5.
        previous_price (float | None | Unset): The price before the change Example: 25.
        previous_price_tax (float | None | Unset): The price before the change including tax Example: 33.6.
        quantity (int | Unset): The quantity of variant items Default: 1.
        position (int | Unset): The position of a variant Example: 1.
        barcode (str | Unset): The barcode of a variant Example: 12455687.
        external_id (str | Unset): The external ID is the identifying string or number of the variant given by another
            software Example: ext1456.
        description (str | Unset): The description of a variant Example: Red Cap with GetResponse Monster print.
        images (list[NewProductVariantImage] | Unset):
        meta_fields (list[NewMetaField] | Unset):
        taxes (list[NewTax] | Unset):
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last update
    """

    variant_id: str | Unset = _attrs_field(init=False, default=UNSET)
    href: str | Unset = _attrs_field(init=False, default=UNSET)
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    sku: str | Unset = UNSET
    price: float | Unset = UNSET
    price_tax: float | Unset = UNSET
    previous_price: float | None | Unset = UNSET
    previous_price_tax: float | None | Unset = UNSET
    quantity: int | Unset = 1
    position: int | Unset = UNSET
    barcode: str | Unset = UNSET
    external_id: str | Unset = UNSET
    description: str | Unset = UNSET
    images: list[NewProductVariantImage] | Unset = UNSET
    meta_fields: list[NewMetaField] | Unset = UNSET
    taxes: list[NewTax] | Unset = UNSET
    created_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    updated_on: datetime.datetime | Unset = _attrs_field(init=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_images(json_value_: Any) -> list[NewProductVariantImage] | Unset:
    _images = json_value_
    images: list[NewProductVariantImage] | Unset = UNSET
    if _images is not UNSET:
        images = []
        for images_item_data in _images:
            images_item = NewProductVariantImage.from_dict(images_item_data)

            images.append(images_item)

    return images


def _decode_meta_fields(json_value_: Any) -> list[NewMetaField] | Unset:
    _meta_fields = json_value_
    meta_fields: list[NewMetaField] | Unset = UNSET
    if _meta_fields is not UNSET:
        meta_fields = []
        for meta_fields_item_data in _meta_fields:
            meta_fields_item = NewMetaField.from_dict(meta_fields_item_data)

            meta_fields.append(meta_fields_item)

    return meta_fields


def _decode_taxes(json_value_: Any) -> list[NewTax] | Unset:
    _taxes = json_value_
    taxes: list[NewTax] | Unset = UNSET
    if _taxes is not UNSET:
        taxes = []
        for taxes_item_data in _taxes:
            taxes_item = NewTax.from_dict(taxes_item_data)

            taxes.append(taxes_item)

    return taxes


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


def _from_dict(cls: type[ProductVariant], src_dict: Mapping[str, Any]) -> ProductVariant:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.variant_id = get("variantId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.url = get("url", UNSET)
    self.sku = get("sku", UNSET)
    self.price = get("price", UNSET)
    self.price_tax = get("priceTax", UNSET)
    self.previous_price = get("previousPrice", UNSET)
    self.previous_price_tax = get("previousPriceTax", UNSET)
    value = get("quantity", UNSET)
    if type(value) is int or absent(value):
        self.quantity = value
    else:
        try:
            self.quantity = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "quantity", value, error)
    value = get("position", UNSET)
    if type(value) is int or absent(value):
        self.position = value
    else:
        try:
            self.position = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "position", value, error)
    self.barcode = get("barcode", UNSET)
    self.external_id = get("externalId", UNSET)
    self.description = get("description", UNSET)
    value = get("images", UNSET)
    if absent(value):
        self.images = value
    else:
        try:
            self.images = _decode_images(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "images", value, error)
    value = get("metaFields", UNSET)
    if absent(value):
        self.meta_fields = value
    else:
        try:
            self.meta_fields = _decode_meta_fields(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "meta_fields", value, error)
    value = get("taxes", UNSET)
    if absent(value):
        self.taxes = value
    else:
        try:
            self.taxes = _decode_taxes(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "taxes", value, error)
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
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ProductVariant._wire_fields}


class ProductVariantDict(TypedDict, total=False):
    """ProductVariant as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    name: str
    url: str
    sku: str
    price: float
    priceTax: float
    previousPrice: float | None
    previousPriceTax: float | None
    quantity: int
    position: int
    barcode: str
    externalId: str
    description: str
    images: list[NewProductVariantImage | NewProductVariantImageDict]
    metaFields: list[NewMetaField | NewMetaFieldDict]
    taxes: list[NewTax | NewTaxDict]


setattr(ProductVariant, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ProductVariant._wire_names = {
    "variant_id": "variantId",
    "href": "href",
    "name": "name",
    "url": "url",
    "sku": "sku",
    "price": "price",
    "price_tax": "priceTax",
    "previous_price": "previousPrice",
    "previous_price_tax": "previousPriceTax",
    "quantity": "quantity",
    "position": "position",
    "barcode": "barcode",
    "external_id": "externalId",
    "description": "description",
    "images": "images",
    "meta_fields": "metaFields",
    "taxes": "taxes",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
}
ProductVariant._wire_fields = frozenset(ProductVariant._wire_names.values())
ProductVariant._read_only = frozenset(["created_on", "href", "updated_on", "variant_id"])
ProductVariant._decoders = {
    "variant_id": None,
    "href": None,
    "name": None,
    "url": None,
    "sku": None,
    "price": None,
    "price_tax": None,
    "previous_price": None,
    "previous_price_tax": None,
    "quantity": wire_int,
    "position": wire_int,
    "barcode": None,
    "external_id": None,
    "description": None,
    "images": _decode_images,
    "meta_fields": _decode_meta_fields,
    "taxes": _decode_taxes,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
}
ProductVariant._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_meta_field import NewMetaField  # noqa: E402
from ..models.new_product_variant_image import NewProductVariantImage  # noqa: E402
from ..models.new_tax import NewTax  # noqa: E402
