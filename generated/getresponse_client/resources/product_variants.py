"""Product Variants: client.product_variants (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_pager,
    async_raw_response,
    json_body,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.new_meta_field import NewMetaField, NewMetaFieldDict
    from ..models.new_product_variant import NewProductVariant, NewProductVariantDict
    from ..models.new_product_variant_image import NewProductVariantImage, NewProductVariantImageDict
    from ..models.new_tax import NewTax, NewTaxDict
    from ..models.product_variant import ProductVariant, ProductVariantDict
    from ..models.sort_order_enum import SortOrderEnum


class ProductVariantsResource(SyncResource):
    """Product Variants: client.product_variants."""

    @overload
    def create(
        self,
        shop_id: str,
        product_id: str,
        *,
        name: str,
        sku: str,
        price: float,
        price_tax: float,
        url: str | Unset = UNSET,
        previous_price: float | None | Unset = UNSET,
        previous_price_tax: float | None | Unset = UNSET,
        quantity: int | Unset = UNSET,
        position: int | Unset = UNSET,
        barcode: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        images: builtins.list[NewProductVariantImage | NewProductVariantImageDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        taxes: builtins.list[NewTax | NewTaxDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant: ...

    @overload
    def create(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: NewProductVariant | NewProductVariantDict,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant: ...

    def create(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: NewProductVariant | NewProductVariantDict | None = None,
        name: str | Unset = UNSET,
        sku: str | Unset = UNSET,
        price: float | Unset = UNSET,
        price_tax: float | Unset = UNSET,
        url: str | Unset = UNSET,
        previous_price: float | None | Unset = UNSET,
        previous_price_tax: float | None | Unset = UNSET,
        quantity: int | Unset = UNSET,
        position: int | Unset = UNSET,
        barcode: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        images: builtins.list[NewProductVariantImage | NewProductVariantImageDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        taxes: builtins.list[NewTax | NewTaxDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant:
        """Create product variant.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            name: The product name
            sku: The stock-keeping unit of a variant.
            price: The price
            price_tax: The price including tax
            url: The external URL to the product variant
            previous_price: The price before the change
            previous_price_tax: The price before the change including tax
            quantity: The quantity of variant items
            position: The position of a variant
            barcode: The barcode of a variant
            external_id: The external ID is the identifying string or number of the variant given by another
                software
            description: The description of a variant

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId}/variants (createProductVariant). Reference: https://apireference.getresponse.com/#operation/createProductVariant
        """
        from ..models.product_variant import ProductVariant

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants",
            cast_to=ProductVariant,
            json=json_body(
                "product_variants.create",
                body,
                {
                    "name": name,
                    "sku": sku,
                    "price": price,
                    "price_tax": price_tax,
                    "url": url,
                    "previous_price": previous_price,
                    "previous_price_tax": previous_price_tax,
                    "quantity": quantity,
                    "position": position,
                    "barcode": barcode,
                    "external_id": external_id,
                    "description": description,
                    "images": images,
                    "meta_fields": meta_fields,
                    "taxes": taxes,
                },
                PRODUCT_VARIANTS_CREATE_WIRE,
                required=("name", "sku", "price", "price_tax"),
            ),
            operation="createProductVariant",
            options=options,
        )

    def delete(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete product variant.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            variant_id: The variant ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/products/{productId}/variants/{variantId} (deleteProductVariant). Reference: https://apireference.getresponse.com/#operation/deleteProductVariant
        """

        return self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants/{path_value(variant_id)}",
            cast_to=None,
            operation="deleteProductVariant",
            options=options,
        )

    def get(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant:
        """Get a single product variant by ID.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            variant_id: The variant ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/products/{productId}/variants/{variantId} (getProductVariantById). Reference: https://apireference.getresponse.com/#operation/getProductVariantById
        """
        from ..models.product_variant import ProductVariant

        return self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants/{path_value(variant_id)}",
            cast_to=ProductVariant,
            params={"fields": fields},
            operation="getProductVariantById",
            options=options,
        )

    def list(
        self,
        shop_id: str,
        product_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_sku: str | Unset = UNSET,
        query_description: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_created_at_from: datetime.datetime | Unset = UNSET,
        query_created_at_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[ProductVariant]:
        """Get a list of product variants.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            query_name: Search variant by name
            query_sku: Search variant by SKU
            query_description: Search variant by description
            query_external_id: Search variant by external ID
            query_created_at_from: Show variants starting from this date
            query_created_at_to: Show variants starting to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/products/{productId}/variants (getProductVariantList). Reference: https://apireference.getresponse.com/#operation/getProductVariantList
        """
        from ..models.product_variant import ProductVariant

        return self._page(
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants",
            item=ProductVariant,
            params={
                "query[name]": query_name,
                "query[sku]": query_sku,
                "query[description]": query_description,
                "query[externalId]": query_external_id,
                "query[createdAt][from]": query_created_at_from,
                "query[createdAt][to]": query_created_at_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getProductVariantList",
            options=options,
        )

    @overload
    def update(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        sku: str | Unset = UNSET,
        price: float | Unset = UNSET,
        price_tax: float | Unset = UNSET,
        previous_price: float | None | Unset = UNSET,
        previous_price_tax: float | None | Unset = UNSET,
        quantity: int | Unset = UNSET,
        position: int | Unset = UNSET,
        barcode: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        images: builtins.list[NewProductVariantImage | NewProductVariantImageDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        taxes: builtins.list[NewTax | NewTaxDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant: ...

    @overload
    def update(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        body: ProductVariant | ProductVariantDict,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant: ...

    def update(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        body: ProductVariant | ProductVariantDict | None = None,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        sku: str | Unset = UNSET,
        price: float | Unset = UNSET,
        price_tax: float | Unset = UNSET,
        previous_price: float | None | Unset = UNSET,
        previous_price_tax: float | None | Unset = UNSET,
        quantity: int | Unset = UNSET,
        position: int | Unset = UNSET,
        barcode: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        images: builtins.list[NewProductVariantImage | NewProductVariantImageDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        taxes: builtins.list[NewTax | NewTaxDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant:
        """Update product variant.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            variant_id: The variant ID
            name: The product name
            url: The external URL to the product variant
            sku: The stock-keeping unit of a variant.
            price: The price
            price_tax: The price including tax
            previous_price: The price before the change
            previous_price_tax: The price before the change including tax
            quantity: The quantity of variant items
            position: The position of a variant
            barcode: The barcode of a variant
            external_id: The external ID is the identifying string or number of the variant given by another
                software
            description: The description of a variant

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId}/variants/{variantId} (updateProductVariant). Reference: https://apireference.getresponse.com/#operation/updateProductVariant
        """
        from ..models.product_variant import ProductVariant

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants/{path_value(variant_id)}",
            cast_to=ProductVariant,
            json=json_body(
                "product_variants.update",
                body,
                {
                    "name": name,
                    "url": url,
                    "sku": sku,
                    "price": price,
                    "price_tax": price_tax,
                    "previous_price": previous_price,
                    "previous_price_tax": previous_price_tax,
                    "quantity": quantity,
                    "position": position,
                    "barcode": barcode,
                    "external_id": external_id,
                    "description": description,
                    "images": images,
                    "meta_fields": meta_fields,
                    "taxes": taxes,
                },
                PRODUCT_VARIANTS_UPDATE_WIRE,
            ),
            operation="updateProductVariant",
            options=options,
        )

    @property
    def with_raw_response(self) -> ProductVariantsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return ProductVariantsResourceWithRawResponse(self._raw_copy())


class ProductVariantsResourceWithRawResponse:
    """client.product_variants.with_raw_response."""

    def __init__(self, resource: ProductVariantsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncProductVariantsResource(AsyncResource):
    """Product Variants: client.product_variants."""

    @overload
    async def create(
        self,
        shop_id: str,
        product_id: str,
        *,
        name: str,
        sku: str,
        price: float,
        price_tax: float,
        url: str | Unset = UNSET,
        previous_price: float | None | Unset = UNSET,
        previous_price_tax: float | None | Unset = UNSET,
        quantity: int | Unset = UNSET,
        position: int | Unset = UNSET,
        barcode: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        images: builtins.list[NewProductVariantImage | NewProductVariantImageDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        taxes: builtins.list[NewTax | NewTaxDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant: ...

    @overload
    async def create(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: NewProductVariant | NewProductVariantDict,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant: ...

    async def create(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: NewProductVariant | NewProductVariantDict | None = None,
        name: str | Unset = UNSET,
        sku: str | Unset = UNSET,
        price: float | Unset = UNSET,
        price_tax: float | Unset = UNSET,
        url: str | Unset = UNSET,
        previous_price: float | None | Unset = UNSET,
        previous_price_tax: float | None | Unset = UNSET,
        quantity: int | Unset = UNSET,
        position: int | Unset = UNSET,
        barcode: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        images: builtins.list[NewProductVariantImage | NewProductVariantImageDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        taxes: builtins.list[NewTax | NewTaxDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant:
        """Create product variant.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            name: The product name
            sku: The stock-keeping unit of a variant.
            price: The price
            price_tax: The price including tax
            url: The external URL to the product variant
            previous_price: The price before the change
            previous_price_tax: The price before the change including tax
            quantity: The quantity of variant items
            position: The position of a variant
            barcode: The barcode of a variant
            external_id: The external ID is the identifying string or number of the variant given by another
                software
            description: The description of a variant

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId}/variants (createProductVariant). Reference: https://apireference.getresponse.com/#operation/createProductVariant
        """
        from ..models.product_variant import ProductVariant

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants",
            cast_to=ProductVariant,
            json=json_body(
                "product_variants.create",
                body,
                {
                    "name": name,
                    "sku": sku,
                    "price": price,
                    "price_tax": price_tax,
                    "url": url,
                    "previous_price": previous_price,
                    "previous_price_tax": previous_price_tax,
                    "quantity": quantity,
                    "position": position,
                    "barcode": barcode,
                    "external_id": external_id,
                    "description": description,
                    "images": images,
                    "meta_fields": meta_fields,
                    "taxes": taxes,
                },
                PRODUCT_VARIANTS_CREATE_WIRE,
                required=("name", "sku", "price", "price_tax"),
            ),
            operation="createProductVariant",
            options=options,
        )

    async def delete(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete product variant.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            variant_id: The variant ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/products/{productId}/variants/{variantId} (deleteProductVariant). Reference: https://apireference.getresponse.com/#operation/deleteProductVariant
        """

        return await self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants/{path_value(variant_id)}",
            cast_to=None,
            operation="deleteProductVariant",
            options=options,
        )

    async def get(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant:
        """Get a single product variant by ID.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            variant_id: The variant ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/products/{productId}/variants/{variantId} (getProductVariantById). Reference: https://apireference.getresponse.com/#operation/getProductVariantById
        """
        from ..models.product_variant import ProductVariant

        return await self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants/{path_value(variant_id)}",
            cast_to=ProductVariant,
            params={"fields": fields},
            operation="getProductVariantById",
            options=options,
        )

    def list(
        self,
        shop_id: str,
        product_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_sku: str | Unset = UNSET,
        query_description: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_created_at_from: datetime.datetime | Unset = UNSET,
        query_created_at_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ProductVariant]:
        """Get a list of product variants.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            query_name: Search variant by name
            query_sku: Search variant by SKU
            query_description: Search variant by description
            query_external_id: Search variant by external ID
            query_created_at_from: Show variants starting from this date
            query_created_at_to: Show variants starting to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/products/{productId}/variants (getProductVariantList). Reference: https://apireference.getresponse.com/#operation/getProductVariantList
        """
        from ..models.product_variant import ProductVariant

        return self._page(
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants",
            item=ProductVariant,
            params={
                "query[name]": query_name,
                "query[sku]": query_sku,
                "query[description]": query_description,
                "query[externalId]": query_external_id,
                "query[createdAt][from]": query_created_at_from,
                "query[createdAt][to]": query_created_at_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getProductVariantList",
            options=options,
        )

    @overload
    async def update(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        sku: str | Unset = UNSET,
        price: float | Unset = UNSET,
        price_tax: float | Unset = UNSET,
        previous_price: float | None | Unset = UNSET,
        previous_price_tax: float | None | Unset = UNSET,
        quantity: int | Unset = UNSET,
        position: int | Unset = UNSET,
        barcode: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        images: builtins.list[NewProductVariantImage | NewProductVariantImageDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        taxes: builtins.list[NewTax | NewTaxDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant: ...

    @overload
    async def update(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        body: ProductVariant | ProductVariantDict,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant: ...

    async def update(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        body: ProductVariant | ProductVariantDict | None = None,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        sku: str | Unset = UNSET,
        price: float | Unset = UNSET,
        price_tax: float | Unset = UNSET,
        previous_price: float | None | Unset = UNSET,
        previous_price_tax: float | None | Unset = UNSET,
        quantity: int | Unset = UNSET,
        position: int | Unset = UNSET,
        barcode: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        images: builtins.list[NewProductVariantImage | NewProductVariantImageDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        taxes: builtins.list[NewTax | NewTaxDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProductVariant:
        """Update product variant.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            variant_id: The variant ID
            name: The product name
            url: The external URL to the product variant
            sku: The stock-keeping unit of a variant.
            price: The price
            price_tax: The price including tax
            previous_price: The price before the change
            previous_price_tax: The price before the change including tax
            quantity: The quantity of variant items
            position: The position of a variant
            barcode: The barcode of a variant
            external_id: The external ID is the identifying string or number of the variant given by another
                software
            description: The description of a variant

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId}/variants/{variantId} (updateProductVariant). Reference: https://apireference.getresponse.com/#operation/updateProductVariant
        """
        from ..models.product_variant import ProductVariant

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/variants/{path_value(variant_id)}",
            cast_to=ProductVariant,
            json=json_body(
                "product_variants.update",
                body,
                {
                    "name": name,
                    "url": url,
                    "sku": sku,
                    "price": price,
                    "price_tax": price_tax,
                    "previous_price": previous_price,
                    "previous_price_tax": previous_price_tax,
                    "quantity": quantity,
                    "position": position,
                    "barcode": barcode,
                    "external_id": external_id,
                    "description": description,
                    "images": images,
                    "meta_fields": meta_fields,
                    "taxes": taxes,
                },
                PRODUCT_VARIANTS_UPDATE_WIRE,
            ),
            operation="updateProductVariant",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncProductVariantsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncProductVariantsResourceWithRawResponse(self._raw_copy())


class AsyncProductVariantsResourceWithRawResponse:
    """client.product_variants.with_raw_response."""

    def __init__(self, resource: AsyncProductVariantsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
PRODUCT_VARIANTS_CREATE_WIRE = {
    "name": "name",
    "sku": "sku",
    "price": "price",
    "price_tax": "priceTax",
    "url": "url",
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
}
PRODUCT_VARIANTS_UPDATE_WIRE = {
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
}
