from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_meta_field import NewMetaField
    from ..models.new_product_variant_image import NewProductVariantImage
    from ..models.new_tax import NewTax


T = TypeVar("T", bound="ProductVariant")


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

    variant_id: str | Unset = UNSET
    href: str | Unset = UNSET
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
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        variant_id = self.variant_id

        href = self.href

        name = self.name

        url = self.url

        sku = self.sku

        price = self.price

        price_tax = self.price_tax

        previous_price: float | None | Unset
        if isinstance(self.previous_price, Unset):
            previous_price = UNSET
        else:
            previous_price = self.previous_price

        previous_price_tax: float | None | Unset
        if isinstance(self.previous_price_tax, Unset):
            previous_price_tax = UNSET
        else:
            previous_price_tax = self.previous_price_tax

        quantity = self.quantity

        position = self.position

        barcode = self.barcode

        external_id = self.external_id

        description = self.description

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        meta_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_fields, Unset):
            meta_fields = []
            for meta_fields_item_data in self.meta_fields:
                meta_fields_item = meta_fields_item_data.to_dict()
                meta_fields.append(meta_fields_item)

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if sku is not UNSET:
            field_dict["sku"] = sku
        if price is not UNSET:
            field_dict["price"] = price
        if price_tax is not UNSET:
            field_dict["priceTax"] = price_tax
        if previous_price is not UNSET:
            field_dict["previousPrice"] = previous_price
        if previous_price_tax is not UNSET:
            field_dict["previousPriceTax"] = previous_price_tax
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if position is not UNSET:
            field_dict["position"] = position
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if description is not UNSET:
            field_dict["description"] = description
        if images is not UNSET:
            field_dict["images"] = images
        if meta_fields is not UNSET:
            field_dict["metaFields"] = meta_fields
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on

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


def _encode_variant_id(self: ProductVariant) -> Any:
    variant_id = self.variant_id
    return variant_id


def _encode_href(self: ProductVariant) -> Any:
    href = self.href
    return href


def _encode_name(self: ProductVariant) -> Any:
    name = self.name
    return name


def _encode_url(self: ProductVariant) -> Any:
    url = self.url
    return url


def _encode_sku(self: ProductVariant) -> Any:
    sku = self.sku
    return sku


def _encode_price(self: ProductVariant) -> Any:
    price = self.price
    return price


def _encode_price_tax(self: ProductVariant) -> Any:
    price_tax = self.price_tax
    return price_tax


def _encode_previous_price(self: ProductVariant) -> Any:
    previous_price: float | None | Unset
    if isinstance(self.previous_price, Unset):
        previous_price = UNSET
    else:
        previous_price = self.previous_price
    return previous_price


def _encode_previous_price_tax(self: ProductVariant) -> Any:
    previous_price_tax: float | None | Unset
    if isinstance(self.previous_price_tax, Unset):
        previous_price_tax = UNSET
    else:
        previous_price_tax = self.previous_price_tax
    return previous_price_tax


def _encode_quantity(self: ProductVariant) -> Any:
    quantity = self.quantity
    return quantity


def _encode_position(self: ProductVariant) -> Any:
    position = self.position
    return position


def _encode_barcode(self: ProductVariant) -> Any:
    barcode = self.barcode
    return barcode


def _encode_external_id(self: ProductVariant) -> Any:
    external_id = self.external_id
    return external_id


def _encode_description(self: ProductVariant) -> Any:
    description = self.description
    return description


def _decode_images(json_value_: Any) -> list[NewProductVariantImage] | Unset:
    _images = json_value_
    images: list[NewProductVariantImage] | Unset = UNSET
    if _images is not UNSET:
        images = []
        for images_item_data in _images:
            images_item = NewProductVariantImage.from_dict(images_item_data)

            images.append(images_item)

    return images


def _encode_images(self: ProductVariant) -> Any:
    images: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.images, Unset):
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
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


def _encode_meta_fields(self: ProductVariant) -> Any:
    meta_fields: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.meta_fields, Unset):
        meta_fields = []
        for meta_fields_item_data in self.meta_fields:
            meta_fields_item = meta_fields_item_data.to_dict()
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


def _encode_taxes(self: ProductVariant) -> Any:
    taxes: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.taxes, Unset):
        taxes = []
        for taxes_item_data in self.taxes:
            taxes_item = taxes_item_data.to_dict()
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


def _encode_created_on(self: ProductVariant) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _encode_updated_on(self: ProductVariant) -> Any:
    updated_on: str | Unset = UNSET
    if not isinstance(self.updated_on, Unset):
        updated_on = self.updated_on.isoformat()
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
    self.quantity = get("quantity", UNSET)
    self.position = get("position", UNSET)
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
    if absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ProductVariant._wire_fields}


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
    "quantity": None,
    "position": None,
    "barcode": None,
    "external_id": None,
    "description": None,
    "images": _decode_images,
    "meta_fields": _decode_meta_fields,
    "taxes": _decode_taxes,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
}
ProductVariant._encoders = {
    "variant_id": _encode_variant_id,
    "href": _encode_href,
    "name": _encode_name,
    "url": _encode_url,
    "sku": _encode_sku,
    "price": _encode_price,
    "price_tax": _encode_price_tax,
    "previous_price": _encode_previous_price,
    "previous_price_tax": _encode_previous_price_tax,
    "quantity": _encode_quantity,
    "position": _encode_position,
    "barcode": _encode_barcode,
    "external_id": _encode_external_id,
    "description": _encode_description,
    "images": _encode_images,
    "meta_fields": _encode_meta_fields,
    "taxes": _encode_taxes,
    "created_on": _encode_created_on,
    "updated_on": _encode_updated_on,
}
ProductVariant._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_meta_field import NewMetaField  # noqa: E402
from ..models.new_product_variant_image import NewProductVariantImage  # noqa: E402
from ..models.new_tax import NewTax  # noqa: E402
