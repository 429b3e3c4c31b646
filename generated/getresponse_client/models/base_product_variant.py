from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_meta_field import NewMetaField
    from ..models.new_product_variant_image import NewProductVariantImage
    from ..models.new_tax import NewTax


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class BaseProductVariant(WireModel):
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
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.new_meta_field import NewMetaField  # noqa: E402
from ..models.new_product_variant_image import NewProductVariantImage  # noqa: E402
from ..models.new_tax import NewTax  # noqa: E402

bind_fields(
    BaseProductVariant,
    {
        "variant_id": WireField("variantId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "url": WireField("url"),
        "sku": WireField("sku"),
        "price": WireField("price"),
        "price_tax": WireField("priceTax"),
        "previous_price": WireField("previousPrice"),
        "previous_price_tax": WireField("previousPriceTax"),
        "quantity": WireField("quantity", decode=wire_int),
        "position": WireField("position", decode=wire_int),
        "barcode": WireField("barcode"),
        "external_id": WireField("externalId"),
        "description": WireField("description"),
        "images": WireField("images", decode=_decode_images, keep=True),
        "meta_fields": WireField("metaFields", decode=_decode_meta_fields, keep=True),
        "taxes": WireField("taxes", decode=_decode_taxes, keep=True),
    },
    additional_properties=True,
)
