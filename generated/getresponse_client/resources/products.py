"""Products: client.products (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.base_category import BaseCategory
    from ..models.meta_field import MetaField
    from ..models.new_product import NewProduct
    from ..models.product import Product
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.upsert_meta_field import UpsertMetaField
    from ..models.upsert_product_category import UpsertProductCategory


class ProductsRawResource(SyncResource):
    """client.products.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        shop_id: str,
        body: NewProduct | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Create product. Returns the raw response with the parsed body."""
        from ..api.products import create_product as op

        return self._call(
            op._get_kwargs(
                shop_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        shop_id: str,
        product_id: str,
    ) -> RawResponse[None]:
        """Delete product. Returns the raw response with the parsed body."""
        from ..api.products import delete_product as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        shop_id: str,
        product_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Get a single product by ID. Returns the raw response with the parsed body."""
        from ..api.products import get_product_by_id as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_vendor: str | Unset = UNSET,
        query_category: str | Unset = UNSET,
        query_category_id: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_variant_name: str | Unset = UNSET,
        query_meta_field_names: str | Unset = UNSET,
        query_meta_field_values: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Product]]:
        """Get a product list. Returns the raw response with the parsed body."""
        from ..api.products import get_product_list as op

        return self._call(
            op._get_kwargs(
                shop_id,
                queryname=query_name,
                queryvendor=query_vendor,
                querycategory=query_category,
                querycategory_id=query_category_id,
                queryexternal_id=query_external_id,
                queryvariant_name=query_variant_name,
                querymeta_field_names=query_meta_field_names,
                querymeta_field_values=query_meta_field_values,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        shop_id: str,
        product_id: str,
        body: Product | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Update product. Returns the raw response with the parsed body."""
        from ..api.products import update_product as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        body: UpsertProductCategory | Unset = UNSET,
    ) -> RawResponse[builtins.list[BaseCategory]]:
        """Upsert product categories. Returns the raw response with the parsed body."""
        from ..api.products import upsert_product_categories as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        body: UpsertMetaField | Unset = UNSET,
    ) -> RawResponse[builtins.list[MetaField]]:
        """Upsert product meta fields. Returns the raw response with the parsed body."""
        from ..api.products import upsert_meta_fields as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class ProductsResource(SyncResource):
    """Products: client.products."""

    @cached_property
    def with_raw_response(self) -> ProductsRawResource:
        return ProductsRawResource(self._transport)

    def create(
        self,
        shop_id: str,
        body: NewProduct | Unset = UNSET,
    ) -> Product:
        """Create product.

        POST /shops/{shopId}/products (createProduct). Reference: https://apireference.getresponse.com/#operation/createProduct
        """
        return (
            self.with_raw_response.create(
                shop_id,
                body,
            )
        ).parsed

    def delete(
        self,
        shop_id: str,
        product_id: str,
    ) -> None:
        """Delete product.

        DELETE /shops/{shopId}/products/{productId} (deleteProduct). Reference: https://apireference.getresponse.com/#operation/deleteProduct
        """
        return (
            self.with_raw_response.delete(
                shop_id,
                product_id,
            )
        ).parsed

    def get(
        self,
        shop_id: str,
        product_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Product:
        """Get a single product by ID.

        GET /shops/{shopId}/products/{productId} (getProductById). Reference: https://apireference.getresponse.com/#operation/getProductById
        """
        return (
            self.with_raw_response.get(
                shop_id,
                product_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_vendor: str | Unset = UNSET,
        query_category: str | Unset = UNSET,
        query_category_id: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_variant_name: str | Unset = UNSET,
        query_meta_field_names: str | Unset = UNSET,
        query_meta_field_values: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Product]:
        """Get a product list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/products (getProductList). Reference: https://apireference.getresponse.com/#operation/getProductList
        """
        from ..api.products import get_product_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                queryname=query_name,
                queryvendor=query_vendor,
                querycategory=query_category,
                querycategory_id=query_category_id,
                queryexternal_id=query_external_id,
                queryvariant_name=query_variant_name,
                querymeta_field_names=query_meta_field_names,
                querymeta_field_values=query_meta_field_values,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        shop_id: str,
        product_id: str,
        body: Product | Unset = UNSET,
    ) -> Product:
        """Update product.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/products/{productId} (updateProduct). Reference: https://apireference.getresponse.com/#operation/updateProduct
        """
        return (
            self.with_raw_response.update(
                shop_id,
                product_id,
                body,
            )
        ).parsed

    def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        body: UpsertProductCategory | Unset = UNSET,
    ) -> builtins.list[BaseCategory]:
        """Upsert product categories.

        POST /shops/{shopId}/products/{productId}/categories (upsertProductCategories). Reference: https://apireference.getresponse.com/#operation/upsertProductCategories
        """
        return (
            self.with_raw_response.upsert_categories(
                shop_id,
                product_id,
                body,
            )
        ).parsed

    def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        body: UpsertMetaField | Unset = UNSET,
    ) -> builtins.list[MetaField]:
        """Upsert product meta fields.

        POST /shops/{shopId}/products/{productId}/meta-fields (upsertMetaFields). Reference: https://apireference.getresponse.com/#operation/upsertMetaFields
        """
        return (
            self.with_raw_response.upsert_meta_fields(
                shop_id,
                product_id,
                body,
            )
        ).parsed


class AsyncProductsRawResource(AsyncResource):
    """client.products.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        shop_id: str,
        body: NewProduct | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Create product. Returns the raw response with the parsed body."""
        from ..api.products import create_product as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        shop_id: str,
        product_id: str,
    ) -> RawResponse[None]:
        """Delete product. Returns the raw response with the parsed body."""
        from ..api.products import delete_product as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        shop_id: str,
        product_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Get a single product by ID. Returns the raw response with the parsed body."""
        from ..api.products import get_product_by_id as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_vendor: str | Unset = UNSET,
        query_category: str | Unset = UNSET,
        query_category_id: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_variant_name: str | Unset = UNSET,
        query_meta_field_names: str | Unset = UNSET,
        query_meta_field_values: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Product]]:
        """Get a product list. Returns the raw response with the parsed body."""
        from ..api.products import get_product_list as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                queryname=query_name,
                queryvendor=query_vendor,
                querycategory=query_category,
                querycategory_id=query_category_id,
                queryexternal_id=query_external_id,
                queryvariant_name=query_variant_name,
                querymeta_field_names=query_meta_field_names,
                querymeta_field_values=query_meta_field_values,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        shop_id: str,
        product_id: str,
        body: Product | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Update product. Returns the raw response with the parsed body."""
        from ..api.products import update_product as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        body: UpsertProductCategory | Unset = UNSET,
    ) -> RawResponse[builtins.list[BaseCategory]]:
        """Upsert product categories. Returns the raw response with the parsed body."""
        from ..api.products import upsert_product_categories as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        body: UpsertMetaField | Unset = UNSET,
    ) -> RawResponse[builtins.list[MetaField]]:
        """Upsert product meta fields. Returns the raw response with the parsed body."""
        from ..api.products import upsert_meta_fields as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncProductsResource(AsyncResource):
    """Products: client.products."""

    @cached_property
    def with_raw_response(self) -> AsyncProductsRawResource:
        return AsyncProductsRawResource(self._transport)

    async def create(
        self,
        shop_id: str,
        body: NewProduct | Unset = UNSET,
    ) -> Product:
        """Create product.

        POST /shops/{shopId}/products (createProduct). Reference: https://apireference.getresponse.com/#operation/createProduct
        """
        return (
            await self.with_raw_response.create(
                shop_id,
                body,
            )
        ).parsed

    async def delete(
        self,
        shop_id: str,
        product_id: str,
    ) -> None:
        """Delete product.

        DELETE /shops/{shopId}/products/{productId} (deleteProduct). Reference: https://apireference.getresponse.com/#operation/deleteProduct
        """
        return (
            await self.with_raw_response.delete(
                shop_id,
                product_id,
            )
        ).parsed

    async def get(
        self,
        shop_id: str,
        product_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Product:
        """Get a single product by ID.

        GET /shops/{shopId}/products/{productId} (getProductById). Reference: https://apireference.getresponse.com/#operation/getProductById
        """
        return (
            await self.with_raw_response.get(
                shop_id,
                product_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_vendor: str | Unset = UNSET,
        query_category: str | Unset = UNSET,
        query_category_id: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_variant_name: str | Unset = UNSET,
        query_meta_field_names: str | Unset = UNSET,
        query_meta_field_values: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Product]:
        """Get a product list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/products (getProductList). Reference: https://apireference.getresponse.com/#operation/getProductList
        """
        from ..api.products import get_product_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                queryname=query_name,
                queryvendor=query_vendor,
                querycategory=query_category,
                querycategory_id=query_category_id,
                queryexternal_id=query_external_id,
                queryvariant_name=query_variant_name,
                querymeta_field_names=query_meta_field_names,
                querymeta_field_values=query_meta_field_values,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        shop_id: str,
        product_id: str,
        body: Product | Unset = UNSET,
    ) -> Product:
        """Update product.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/products/{productId} (updateProduct). Reference: https://apireference.getresponse.com/#operation/updateProduct
        """
        return (
            await self.with_raw_response.update(
                shop_id,
                product_id,
                body,
            )
        ).parsed

    async def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        body: UpsertProductCategory | Unset = UNSET,
    ) -> builtins.list[BaseCategory]:
        """Upsert product categories.

        POST /shops/{shopId}/products/{productId}/categories (upsertProductCategories). Reference: https://apireference.getresponse.com/#operation/upsertProductCategories
        """
        return (
            await self.with_raw_response.upsert_categories(
                shop_id,
                product_id,
                body,
            )
        ).parsed

    async def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        body: UpsertMetaField | Unset = UNSET,
    ) -> builtins.list[MetaField]:
        """Upsert product meta fields.

        POST /shops/{shopId}/products/{productId}/meta-fields (upsertMetaFields). Reference: https://apireference.getresponse.com/#operation/upsertMetaFields
        """
        return (
            await self.with_raw_response.upsert_meta_fields(
                shop_id,
                product_id,
                body,
            )
        ).parsed
