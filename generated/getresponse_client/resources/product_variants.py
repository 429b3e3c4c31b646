"""Product Variants: client.product_variants (generated; do not edit)."""

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
    from ..models.new_product_variant import NewProductVariant
    from ..models.product_variant import ProductVariant
    from ..models.sort_order_enum import SortOrderEnum


class ProductVariantsRawResource(SyncResource):
    """client.product_variants.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        shop_id: str,
        product_id: str,
        body: NewProductVariant | Unset = UNSET,
    ) -> RawResponse[ProductVariant]:
        """Create product variant. Returns the raw response with the parsed body."""
        from ..api.product_variants import create_product_variant as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
    ) -> RawResponse[None]:
        """Delete product variant. Returns the raw response with the parsed body."""
        from ..api.product_variants import delete_product_variant as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                variant_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ProductVariant]:
        """Get a single product variant by ID. Returns the raw response with the parsed body."""
        from ..api.product_variants import get_product_variant_by_id as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                variant_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
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
    ) -> RawResponse[builtins.list[ProductVariant]]:
        """Get a list of product variants. Returns the raw response with the parsed body."""
        from ..api.product_variants import get_product_variant_list as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                queryname=query_name,
                querysku=query_sku,
                querydescription=query_description,
                queryexternal_id=query_external_id,
                querycreated_atfrom=query_created_at_from,
                querycreated_atto=query_created_at_to,
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
        variant_id: str,
        body: ProductVariant | Unset = UNSET,
    ) -> RawResponse[ProductVariant]:
        """Update product variant. Returns the raw response with the parsed body."""
        from ..api.product_variants import update_product_variant as op

        return self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                variant_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class ProductVariantsResource(SyncResource):
    """Product Variants: client.product_variants."""

    @cached_property
    def with_raw_response(self) -> ProductVariantsRawResource:
        return ProductVariantsRawResource(self._transport)

    def create(
        self,
        shop_id: str,
        product_id: str,
        body: NewProductVariant | Unset = UNSET,
    ) -> ProductVariant:
        """Create product variant.

        POST /shops/{shopId}/products/{productId}/variants (createProductVariant). Reference: https://apireference.getresponse.com/#operation/createProductVariant
        """
        return (
            self.with_raw_response.create(
                shop_id,
                product_id,
                body,
            )
        ).parsed

    def delete(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
    ) -> None:
        """Delete product variant.

        DELETE /shops/{shopId}/products/{productId}/variants/{variantId} (deleteProductVariant). Reference: https://apireference.getresponse.com/#operation/deleteProductVariant
        """
        return (
            self.with_raw_response.delete(
                shop_id,
                product_id,
                variant_id,
            )
        ).parsed

    def get(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ProductVariant:
        """Get a single product variant by ID.

        GET /shops/{shopId}/products/{productId}/variants/{variantId} (getProductVariantById). Reference: https://apireference.getresponse.com/#operation/getProductVariantById
        """
        return (
            self.with_raw_response.get(
                shop_id,
                product_id,
                variant_id,
                fields=fields,
            )
        ).parsed

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
    ) -> Page[ProductVariant]:
        """Get a list of product variants.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/products/{productId}/variants (getProductVariantList). Reference: https://apireference.getresponse.com/#operation/getProductVariantList
        """
        from ..api.product_variants import get_product_variant_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                product_id,
                queryname=query_name,
                querysku=query_sku,
                querydescription=query_description,
                queryexternal_id=query_external_id,
                querycreated_atfrom=query_created_at_from,
                querycreated_atto=query_created_at_to,
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
        variant_id: str,
        body: ProductVariant | Unset = UNSET,
    ) -> ProductVariant:
        """Update product variant.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/products/{productId}/variants/{variantId} (updateProductVariant). Reference: https://apireference.getresponse.com/#operation/updateProductVariant
        """
        return (
            self.with_raw_response.update(
                shop_id,
                product_id,
                variant_id,
                body,
            )
        ).parsed


class AsyncProductVariantsRawResource(AsyncResource):
    """client.product_variants.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        shop_id: str,
        product_id: str,
        body: NewProductVariant | Unset = UNSET,
    ) -> RawResponse[ProductVariant]:
        """Create product variant. Returns the raw response with the parsed body."""
        from ..api.product_variants import create_product_variant as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
    ) -> RawResponse[None]:
        """Delete product variant. Returns the raw response with the parsed body."""
        from ..api.product_variants import delete_product_variant as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                variant_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ProductVariant]:
        """Get a single product variant by ID. Returns the raw response with the parsed body."""
        from ..api.product_variants import get_product_variant_by_id as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                variant_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
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
    ) -> RawResponse[builtins.list[ProductVariant]]:
        """Get a list of product variants. Returns the raw response with the parsed body."""
        from ..api.product_variants import get_product_variant_list as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                queryname=query_name,
                querysku=query_sku,
                querydescription=query_description,
                queryexternal_id=query_external_id,
                querycreated_atfrom=query_created_at_from,
                querycreated_atto=query_created_at_to,
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
        variant_id: str,
        body: ProductVariant | Unset = UNSET,
    ) -> RawResponse[ProductVariant]:
        """Update product variant. Returns the raw response with the parsed body."""
        from ..api.product_variants import update_product_variant as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                product_id,
                variant_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncProductVariantsResource(AsyncResource):
    """Product Variants: client.product_variants."""

    @cached_property
    def with_raw_response(self) -> AsyncProductVariantsRawResource:
        return AsyncProductVariantsRawResource(self._transport)

    async def create(
        self,
        shop_id: str,
        product_id: str,
        body: NewProductVariant | Unset = UNSET,
    ) -> ProductVariant:
        """Create product variant.

        POST /shops/{shopId}/products/{productId}/variants (createProductVariant). Reference: https://apireference.getresponse.com/#operation/createProductVariant
        """
        return (
            await self.with_raw_response.create(
                shop_id,
                product_id,
                body,
            )
        ).parsed

    async def delete(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
    ) -> None:
        """Delete product variant.

        DELETE /shops/{shopId}/products/{productId}/variants/{variantId} (deleteProductVariant). Reference: https://apireference.getresponse.com/#operation/deleteProductVariant
        """
        return (
            await self.with_raw_response.delete(
                shop_id,
                product_id,
                variant_id,
            )
        ).parsed

    async def get(
        self,
        shop_id: str,
        product_id: str,
        variant_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ProductVariant:
        """Get a single product variant by ID.

        GET /shops/{shopId}/products/{productId}/variants/{variantId} (getProductVariantById). Reference: https://apireference.getresponse.com/#operation/getProductVariantById
        """
        return (
            await self.with_raw_response.get(
                shop_id,
                product_id,
                variant_id,
                fields=fields,
            )
        ).parsed

    async def list(
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
    ) -> AsyncPage[ProductVariant]:
        """Get a list of product variants.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/products/{productId}/variants (getProductVariantList). Reference: https://apireference.getresponse.com/#operation/getProductVariantList
        """
        from ..api.product_variants import get_product_variant_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                product_id,
                queryname=query_name,
                querysku=query_sku,
                querydescription=query_description,
                queryexternal_id=query_external_id,
                querycreated_atfrom=query_created_at_from,
                querycreated_atto=query_created_at_to,
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
        variant_id: str,
        body: ProductVariant | Unset = UNSET,
    ) -> ProductVariant:
        """Update product variant.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/products/{productId}/variants/{variantId} (updateProductVariant). Reference: https://apireference.getresponse.com/#operation/updateProductVariant
        """
        return (
            await self.with_raw_response.update(
                shop_id,
                product_id,
                variant_id,
                body,
            )
        ).parsed
