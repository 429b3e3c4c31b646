"""Products: client.products (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from getresponse_runtime.resource import (
    AsyncResource,
    ListOf,
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

    from ..models.base_category import BaseCategory
    from ..models.meta_field import MetaField
    from ..models.new_meta_field import NewMetaField, NewMetaFieldDict
    from ..models.new_product import NewProduct, NewProductDict
    from ..models.new_product_category import NewProductCategory, NewProductCategoryDict
    from ..models.new_product_variant import NewProductVariant, NewProductVariantDict
    from ..models.product import Product, ProductDict
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.upsert_meta_field import UpsertMetaField, UpsertMetaFieldDict
    from ..models.upsert_product_category import UpsertProductCategory, UpsertProductCategoryDict
    from ..models.upsert_single_meta_field import UpsertSingleMetaField, UpsertSingleMetaFieldDict
    from ..models.upsert_single_product_category import UpsertSingleProductCategory, UpsertSingleProductCategoryDict


class ProductsResource(SyncResource):
    """Products: client.products."""

    @overload
    def create(
        self,
        shop_id: str,
        *,
        name: str,
        variants: builtins.list[NewProductVariant | NewProductVariantDict],
        type_: str | Unset = UNSET,
        url: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        categories: builtins.list[NewProductCategory | NewProductCategoryDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product: ...

    @overload
    def create(
        self,
        shop_id: str,
        *,
        body: NewProduct | NewProductDict,
        **options: Unpack[RequestOptions],
    ) -> Product: ...

    def create(
        self,
        shop_id: str,
        *,
        body: NewProduct | NewProductDict | None = None,
        name: str | Unset = UNSET,
        variants: builtins.list[NewProductVariant | NewProductVariantDict] | Unset = UNSET,
        type_: str | Unset = UNSET,
        url: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        categories: builtins.list[NewProductCategory | NewProductCategoryDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product:
        """Create product.

        Args:
            shop_id: The shop ID
            name: The product name
            type_: The product type
            url: The external URL for the product
            vendor: The product vendor
            external_id: The external ID is the identifying string or number of the product given by another
                software

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products (createProduct). Reference: https://apireference.getresponse.com/#operation/createProduct
        """
        from ..models.product import Product

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products",
            cast_to=Product,
            json=json_body(
                "products.create",
                body,
                {
                    "name": name,
                    "variants": variants,
                    "type_": type_,
                    "url": url,
                    "vendor": vendor,
                    "external_id": external_id,
                    "categories": categories,
                    "meta_fields": meta_fields,
                },
                PRODUCTS_CREATE_WIRE,
                required=("name", "variants"),
            ),
            operation="createProduct",
            options=options,
        )

    def delete(
        self,
        shop_id: str,
        product_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete product.

        Args:
            shop_id: The shop ID
            product_id: The product ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/products/{productId} (deleteProduct). Reference: https://apireference.getresponse.com/#operation/deleteProduct
        """

        return self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}",
            cast_to=None,
            operation="deleteProduct",
            options=options,
        )

    def get(
        self,
        shop_id: str,
        product_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product:
        """Get a single product by ID.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/products/{productId} (getProductById). Reference: https://apireference.getresponse.com/#operation/getProductById
        """
        from ..models.product import Product

        return self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}",
            cast_to=Product,
            params={"fields": fields},
            operation="getProductById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[Product]:
        """Get a product list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            shop_id: The shop ID
            query_name: Search products by name
            query_vendor: Search products by vendor
            query_category: Search products by category name
            query_category_id: Search products by category ID
            query_external_id: Search products by external ID
            query_variant_name: Search products by product variant name
            query_meta_field_names: Search products by meta field name (the list of names must be separated
                by a comma [,])
            query_meta_field_values: Search products by meta field value (the list of values must be
                separated by a comma [,])
            query_created_on_from: Search products created from this date
            query_created_on_to: Search products created to this date
            sort_name: Sort by name
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/products (getProductList). Reference: https://apireference.getresponse.com/#operation/getProductList
        """
        from ..models.product import Product

        return self._page(
            f"/shops/{path_value(shop_id)}/products",
            item=Product,
            params={
                "query[name]": query_name,
                "query[vendor]": query_vendor,
                "query[category]": query_category,
                "query[categoryId]": query_category_id,
                "query[externalId]": query_external_id,
                "query[variantName]": query_variant_name,
                "query[metaFieldNames]": query_meta_field_names,
                "query[metaFieldValues]": query_meta_field_values,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getProductList",
            options=options,
        )

    @overload
    def update(
        self,
        shop_id: str,
        product_id: str,
        *,
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        url: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        categories: builtins.list[NewProductCategory | NewProductCategoryDict] | Unset = UNSET,
        variants: builtins.list[NewProductVariant | NewProductVariantDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product: ...

    @overload
    def update(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: Product | ProductDict,
        **options: Unpack[RequestOptions],
    ) -> Product: ...

    def update(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: Product | ProductDict | None = None,
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        url: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        categories: builtins.list[NewProductCategory | NewProductCategoryDict] | Unset = UNSET,
        variants: builtins.list[NewProductVariant | NewProductVariantDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product:
        """Update product.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            name: The product name
            type_: The product type
            url: The external URL for the product
            vendor: The product vendor
            external_id: The external ID is the identifying string or number of the product given by another
                software

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId} (updateProduct). Reference: https://apireference.getresponse.com/#operation/updateProduct
        """
        from ..models.product import Product

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}",
            cast_to=Product,
            json=json_body(
                "products.update",
                body,
                {
                    "name": name,
                    "type_": type_,
                    "url": url,
                    "vendor": vendor,
                    "external_id": external_id,
                    "categories": categories,
                    "variants": variants,
                    "meta_fields": meta_fields,
                },
                PRODUCTS_UPDATE_WIRE,
            ),
            operation="updateProduct",
            options=options,
        )

    @overload
    def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        *,
        categories: builtins.list[UpsertSingleProductCategory | UpsertSingleProductCategoryDict],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BaseCategory]: ...

    @overload
    def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: UpsertProductCategory | UpsertProductCategoryDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BaseCategory]: ...

    def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: UpsertProductCategory | UpsertProductCategoryDict | None = None,
        categories: builtins.list[UpsertSingleProductCategory | UpsertSingleProductCategoryDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BaseCategory]:
        """Upsert product categories.

        Args:
            shop_id: The shop ID
            product_id: The product ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId}/categories (upsertProductCategories). Reference: https://apireference.getresponse.com/#operation/upsertProductCategories
        """
        from ..models.base_category import BaseCategory

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/categories",
            cast_to=ListOf(BaseCategory),
            json=json_body(
                "products.upsert_categories",
                body,
                {"categories": categories},
                PRODUCTS_UPSERT_CATEGORIES_WIRE,
                required=("categories",),
            ),
            operation="upsertProductCategories",
            options=options,
        )

    @overload
    def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        *,
        meta_fields: builtins.list[UpsertSingleMetaField | UpsertSingleMetaFieldDict],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MetaField]: ...

    @overload
    def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: UpsertMetaField | UpsertMetaFieldDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MetaField]: ...

    def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: UpsertMetaField | UpsertMetaFieldDict | None = None,
        meta_fields: builtins.list[UpsertSingleMetaField | UpsertSingleMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MetaField]:
        """Upsert product meta fields.

        Args:
            shop_id: The shop ID
            product_id: The product ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId}/meta-fields (upsertMetaFields). Reference: https://apireference.getresponse.com/#operation/upsertMetaFields
        """
        from ..models.meta_field import MetaField

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/meta-fields",
            cast_to=ListOf(MetaField),
            json=json_body(
                "products.upsert_meta_fields",
                body,
                {"meta_fields": meta_fields},
                PRODUCTS_UPSERT_META_FIELDS_WIRE,
                required=("meta_fields",),
            ),
            operation="upsertMetaFields",
            options=options,
        )

    @property
    def with_raw_response(self) -> ProductsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return ProductsResourceWithRawResponse(self._raw_copy())


class ProductsResourceWithRawResponse:
    """client.products.with_raw_response."""

    def __init__(self, resource: ProductsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)
        self.upsert_categories = raw_response(resource.upsert_categories)
        self.upsert_meta_fields = raw_response(resource.upsert_meta_fields)


class AsyncProductsResource(AsyncResource):
    """Products: client.products."""

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        name: str,
        variants: builtins.list[NewProductVariant | NewProductVariantDict],
        type_: str | Unset = UNSET,
        url: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        categories: builtins.list[NewProductCategory | NewProductCategoryDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product: ...

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        body: NewProduct | NewProductDict,
        **options: Unpack[RequestOptions],
    ) -> Product: ...

    async def create(
        self,
        shop_id: str,
        *,
        body: NewProduct | NewProductDict | None = None,
        name: str | Unset = UNSET,
        variants: builtins.list[NewProductVariant | NewProductVariantDict] | Unset = UNSET,
        type_: str | Unset = UNSET,
        url: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        categories: builtins.list[NewProductCategory | NewProductCategoryDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product:
        """Create product.

        Args:
            shop_id: The shop ID
            name: The product name
            type_: The product type
            url: The external URL for the product
            vendor: The product vendor
            external_id: The external ID is the identifying string or number of the product given by another
                software

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products (createProduct). Reference: https://apireference.getresponse.com/#operation/createProduct
        """
        from ..models.product import Product

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products",
            cast_to=Product,
            json=json_body(
                "products.create",
                body,
                {
                    "name": name,
                    "variants": variants,
                    "type_": type_,
                    "url": url,
                    "vendor": vendor,
                    "external_id": external_id,
                    "categories": categories,
                    "meta_fields": meta_fields,
                },
                PRODUCTS_CREATE_WIRE,
                required=("name", "variants"),
            ),
            operation="createProduct",
            options=options,
        )

    async def delete(
        self,
        shop_id: str,
        product_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete product.

        Args:
            shop_id: The shop ID
            product_id: The product ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/products/{productId} (deleteProduct). Reference: https://apireference.getresponse.com/#operation/deleteProduct
        """

        return await self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}",
            cast_to=None,
            operation="deleteProduct",
            options=options,
        )

    async def get(
        self,
        shop_id: str,
        product_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product:
        """Get a single product by ID.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/products/{productId} (getProductById). Reference: https://apireference.getresponse.com/#operation/getProductById
        """
        from ..models.product import Product

        return await self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}",
            cast_to=Product,
            params={"fields": fields},
            operation="getProductById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Product]:
        """Get a product list.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            shop_id: The shop ID
            query_name: Search products by name
            query_vendor: Search products by vendor
            query_category: Search products by category name
            query_category_id: Search products by category ID
            query_external_id: Search products by external ID
            query_variant_name: Search products by product variant name
            query_meta_field_names: Search products by meta field name (the list of names must be separated
                by a comma [,])
            query_meta_field_values: Search products by meta field value (the list of values must be
                separated by a comma [,])
            query_created_on_from: Search products created from this date
            query_created_on_to: Search products created to this date
            sort_name: Sort by name
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/products (getProductList). Reference: https://apireference.getresponse.com/#operation/getProductList
        """
        from ..models.product import Product

        return self._page(
            f"/shops/{path_value(shop_id)}/products",
            item=Product,
            params={
                "query[name]": query_name,
                "query[vendor]": query_vendor,
                "query[category]": query_category,
                "query[categoryId]": query_category_id,
                "query[externalId]": query_external_id,
                "query[variantName]": query_variant_name,
                "query[metaFieldNames]": query_meta_field_names,
                "query[metaFieldValues]": query_meta_field_values,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getProductList",
            options=options,
        )

    @overload
    async def update(
        self,
        shop_id: str,
        product_id: str,
        *,
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        url: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        categories: builtins.list[NewProductCategory | NewProductCategoryDict] | Unset = UNSET,
        variants: builtins.list[NewProductVariant | NewProductVariantDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product: ...

    @overload
    async def update(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: Product | ProductDict,
        **options: Unpack[RequestOptions],
    ) -> Product: ...

    async def update(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: Product | ProductDict | None = None,
        name: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        url: str | Unset = UNSET,
        vendor: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        categories: builtins.list[NewProductCategory | NewProductCategoryDict] | Unset = UNSET,
        variants: builtins.list[NewProductVariant | NewProductVariantDict] | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Product:
        """Update product.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            product_id: The product ID
            name: The product name
            type_: The product type
            url: The external URL for the product
            vendor: The product vendor
            external_id: The external ID is the identifying string or number of the product given by another
                software

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId} (updateProduct). Reference: https://apireference.getresponse.com/#operation/updateProduct
        """
        from ..models.product import Product

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}",
            cast_to=Product,
            json=json_body(
                "products.update",
                body,
                {
                    "name": name,
                    "type_": type_,
                    "url": url,
                    "vendor": vendor,
                    "external_id": external_id,
                    "categories": categories,
                    "variants": variants,
                    "meta_fields": meta_fields,
                },
                PRODUCTS_UPDATE_WIRE,
            ),
            operation="updateProduct",
            options=options,
        )

    @overload
    async def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        *,
        categories: builtins.list[UpsertSingleProductCategory | UpsertSingleProductCategoryDict],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BaseCategory]: ...

    @overload
    async def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: UpsertProductCategory | UpsertProductCategoryDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BaseCategory]: ...

    async def upsert_categories(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: UpsertProductCategory | UpsertProductCategoryDict | None = None,
        categories: builtins.list[UpsertSingleProductCategory | UpsertSingleProductCategoryDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[BaseCategory]:
        """Upsert product categories.

        Args:
            shop_id: The shop ID
            product_id: The product ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId}/categories (upsertProductCategories). Reference: https://apireference.getresponse.com/#operation/upsertProductCategories
        """
        from ..models.base_category import BaseCategory

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/categories",
            cast_to=ListOf(BaseCategory),
            json=json_body(
                "products.upsert_categories",
                body,
                {"categories": categories},
                PRODUCTS_UPSERT_CATEGORIES_WIRE,
                required=("categories",),
            ),
            operation="upsertProductCategories",
            options=options,
        )

    @overload
    async def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        *,
        meta_fields: builtins.list[UpsertSingleMetaField | UpsertSingleMetaFieldDict],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MetaField]: ...

    @overload
    async def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: UpsertMetaField | UpsertMetaFieldDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MetaField]: ...

    async def upsert_meta_fields(
        self,
        shop_id: str,
        product_id: str,
        *,
        body: UpsertMetaField | UpsertMetaFieldDict | None = None,
        meta_fields: builtins.list[UpsertSingleMetaField | UpsertSingleMetaFieldDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MetaField]:
        """Upsert product meta fields.

        Args:
            shop_id: The shop ID
            product_id: The product ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/products/{productId}/meta-fields (upsertMetaFields). Reference: https://apireference.getresponse.com/#operation/upsertMetaFields
        """
        from ..models.meta_field import MetaField

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/products/{path_value(product_id)}/meta-fields",
            cast_to=ListOf(MetaField),
            json=json_body(
                "products.upsert_meta_fields",
                body,
                {"meta_fields": meta_fields},
                PRODUCTS_UPSERT_META_FIELDS_WIRE,
                required=("meta_fields",),
            ),
            operation="upsertMetaFields",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncProductsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncProductsResourceWithRawResponse(self._raw_copy())


class AsyncProductsResourceWithRawResponse:
    """client.products.with_raw_response."""

    def __init__(self, resource: AsyncProductsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)
        self.upsert_categories = async_raw_response(resource.upsert_categories)
        self.upsert_meta_fields = async_raw_response(resource.upsert_meta_fields)


# Keyword argument -> JSON name, per method with a body.
PRODUCTS_CREATE_WIRE = {
    "name": "name",
    "variants": "variants",
    "type_": "type",
    "url": "url",
    "vendor": "vendor",
    "external_id": "externalId",
    "categories": "categories",
    "meta_fields": "metaFields",
}
PRODUCTS_UPDATE_WIRE = {
    "name": "name",
    "type_": "type",
    "url": "url",
    "vendor": "vendor",
    "external_id": "externalId",
    "categories": "categories",
    "variants": "variants",
    "meta_fields": "metaFields",
}
PRODUCTS_UPSERT_CATEGORIES_WIRE = {"categories": "categories"}
PRODUCTS_UPSERT_META_FIELDS_WIRE = {"meta_fields": "metaFields"}
