"""Categories: client.categories (generated; do not edit)."""

from __future__ import annotations

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

    from ..models.category import Category, CategoryDict
    from ..models.new_category import NewCategory, NewCategoryDict
    from ..models.sort_order_enum import SortOrderEnum


class CategoriesResource(SyncResource):
    """Categories: client.categories."""

    @overload
    def create(
        self,
        shop_id: str,
        *,
        name: str,
        parent_id: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category: ...

    @overload
    def create(
        self,
        shop_id: str,
        *,
        body: NewCategory | NewCategoryDict,
        **options: Unpack[RequestOptions],
    ) -> Category: ...

    def create(
        self,
        shop_id: str,
        *,
        body: NewCategory | NewCategoryDict | None = None,
        name: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category:
        """Create category.

        Args:
            shop_id: The shop ID
            name: The name of the category
            parent_id: The parent category ID
            is_default: This is a default category
            url: The external URL to the category
            external_id: The external ID is the identifying string or number of the category given by
                another software

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/categories (createCategory). Reference: https://apireference.getresponse.com/#operation/createCategory
        """
        from ..models.category import Category

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/categories",
            cast_to=Category,
            json=json_body(
                "categories.create",
                body,
                {
                    "name": name,
                    "parent_id": parent_id,
                    "is_default": is_default,
                    "url": url,
                    "external_id": external_id,
                },
                CATEGORIES_CREATE_WIRE,
                required=("name",),
            ),
            operation="createCategory",
            options=options,
        )

    def delete(
        self,
        shop_id: str,
        category_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete category.

        Args:
            shop_id: The shop ID
            category_id: The category ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/categories/{categoryId} (deleteCategory). Reference: https://apireference.getresponse.com/#operation/deleteCategory
        """

        return self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/categories/{path_value(category_id)}",
            cast_to=None,
            operation="deleteCategory",
            options=options,
        )

    def get(
        self,
        shop_id: str,
        category_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category:
        """Get a single category by ID.

        Args:
            shop_id: The shop ID
            category_id: The category ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/categories/{categoryId} (getCategory). Reference: https://apireference.getresponse.com/#operation/getCategory
        """
        from ..models.category import Category

        return self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/categories/{path_value(category_id)}",
            cast_to=Category,
            params={"fields": fields},
            operation="getCategory",
            options=options,
        )

    def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_parent_id: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        search_created_at_from: datetime.datetime | Unset = UNSET,
        search_created_at_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[Category]:
        """Get the shop categories list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            shop_id: The shop ID
            query_name: Search category by name
            query_parent_id: Search categories by their parent
            query_external_id: Search categories by external ID
            search_created_at_from: Show categories starting from this date
            search_created_at_to: Show categories starting to this date
            sort_name: Sort by name
            sort_created_at: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/categories (getCategories). Reference: https://apireference.getresponse.com/#operation/getCategories
        """
        from ..models.category import Category

        return self._page(
            f"/shops/{path_value(shop_id)}/categories",
            item=Category,
            params={
                "query[name]": query_name,
                "query[parentId]": query_parent_id,
                "query[externalId]": query_external_id,
                "search[createdAt][from]": search_created_at_from,
                "search[createdAt][to]": search_created_at_to,
                "sort[name]": sort_name,
                "sort[createdAt]": sort_created_at,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getCategories",
            options=options,
        )

    @overload
    def update(
        self,
        shop_id: str,
        category_id: str,
        *,
        name: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category: ...

    @overload
    def update(
        self,
        shop_id: str,
        category_id: str,
        *,
        body: Category | CategoryDict,
        **options: Unpack[RequestOptions],
    ) -> Category: ...

    def update(
        self,
        shop_id: str,
        category_id: str,
        *,
        body: Category | CategoryDict | None = None,
        name: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category:
        """Update category.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            category_id: The category ID
            name: The name of the category
            parent_id: The parent category ID
            is_default: This is a default category
            url: The external URL to the category
            external_id: The external ID is the identifying string or number of the category given by
                another software

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/categories/{categoryId} (updateCategory). Reference: https://apireference.getresponse.com/#operation/updateCategory
        """
        from ..models.category import Category

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/categories/{path_value(category_id)}",
            cast_to=Category,
            json=json_body(
                "categories.update",
                body,
                {
                    "name": name,
                    "parent_id": parent_id,
                    "is_default": is_default,
                    "url": url,
                    "external_id": external_id,
                },
                CATEGORIES_UPDATE_WIRE,
            ),
            operation="updateCategory",
            options=options,
        )

    @property
    def with_raw_response(self) -> CategoriesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return CategoriesResourceWithRawResponse(self._raw_copy())


class CategoriesResourceWithRawResponse:
    """client.categories.with_raw_response."""

    def __init__(self, resource: CategoriesResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncCategoriesResource(AsyncResource):
    """Categories: client.categories."""

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        name: str,
        parent_id: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category: ...

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        body: NewCategory | NewCategoryDict,
        **options: Unpack[RequestOptions],
    ) -> Category: ...

    async def create(
        self,
        shop_id: str,
        *,
        body: NewCategory | NewCategoryDict | None = None,
        name: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category:
        """Create category.

        Args:
            shop_id: The shop ID
            name: The name of the category
            parent_id: The parent category ID
            is_default: This is a default category
            url: The external URL to the category
            external_id: The external ID is the identifying string or number of the category given by
                another software

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/categories (createCategory). Reference: https://apireference.getresponse.com/#operation/createCategory
        """
        from ..models.category import Category

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/categories",
            cast_to=Category,
            json=json_body(
                "categories.create",
                body,
                {
                    "name": name,
                    "parent_id": parent_id,
                    "is_default": is_default,
                    "url": url,
                    "external_id": external_id,
                },
                CATEGORIES_CREATE_WIRE,
                required=("name",),
            ),
            operation="createCategory",
            options=options,
        )

    async def delete(
        self,
        shop_id: str,
        category_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete category.

        Args:
            shop_id: The shop ID
            category_id: The category ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/categories/{categoryId} (deleteCategory). Reference: https://apireference.getresponse.com/#operation/deleteCategory
        """

        return await self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/categories/{path_value(category_id)}",
            cast_to=None,
            operation="deleteCategory",
            options=options,
        )

    async def get(
        self,
        shop_id: str,
        category_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category:
        """Get a single category by ID.

        Args:
            shop_id: The shop ID
            category_id: The category ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/categories/{categoryId} (getCategory). Reference: https://apireference.getresponse.com/#operation/getCategory
        """
        from ..models.category import Category

        return await self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/categories/{path_value(category_id)}",
            cast_to=Category,
            params={"fields": fields},
            operation="getCategory",
            options=options,
        )

    def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_parent_id: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        search_created_at_from: datetime.datetime | Unset = UNSET,
        search_created_at_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Category]:
        """Get the shop categories list.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            shop_id: The shop ID
            query_name: Search category by name
            query_parent_id: Search categories by their parent
            query_external_id: Search categories by external ID
            search_created_at_from: Show categories starting from this date
            search_created_at_to: Show categories starting to this date
            sort_name: Sort by name
            sort_created_at: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/categories (getCategories). Reference: https://apireference.getresponse.com/#operation/getCategories
        """
        from ..models.category import Category

        return self._page(
            f"/shops/{path_value(shop_id)}/categories",
            item=Category,
            params={
                "query[name]": query_name,
                "query[parentId]": query_parent_id,
                "query[externalId]": query_external_id,
                "search[createdAt][from]": search_created_at_from,
                "search[createdAt][to]": search_created_at_to,
                "sort[name]": sort_name,
                "sort[createdAt]": sort_created_at,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getCategories",
            options=options,
        )

    @overload
    async def update(
        self,
        shop_id: str,
        category_id: str,
        *,
        name: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category: ...

    @overload
    async def update(
        self,
        shop_id: str,
        category_id: str,
        *,
        body: Category | CategoryDict,
        **options: Unpack[RequestOptions],
    ) -> Category: ...

    async def update(
        self,
        shop_id: str,
        category_id: str,
        *,
        body: Category | CategoryDict | None = None,
        name: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Category:
        """Update category.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            category_id: The category ID
            name: The name of the category
            parent_id: The parent category ID
            is_default: This is a default category
            url: The external URL to the category
            external_id: The external ID is the identifying string or number of the category given by
                another software

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/categories/{categoryId} (updateCategory). Reference: https://apireference.getresponse.com/#operation/updateCategory
        """
        from ..models.category import Category

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/categories/{path_value(category_id)}",
            cast_to=Category,
            json=json_body(
                "categories.update",
                body,
                {
                    "name": name,
                    "parent_id": parent_id,
                    "is_default": is_default,
                    "url": url,
                    "external_id": external_id,
                },
                CATEGORIES_UPDATE_WIRE,
            ),
            operation="updateCategory",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncCategoriesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncCategoriesResourceWithRawResponse(self._raw_copy())


class AsyncCategoriesResourceWithRawResponse:
    """client.categories.with_raw_response."""

    def __init__(self, resource: AsyncCategoriesResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
CATEGORIES_CREATE_WIRE = {
    "name": "name",
    "parent_id": "parentId",
    "is_default": "isDefault",
    "url": "url",
    "external_id": "externalId",
}
CATEGORIES_UPDATE_WIRE = {
    "name": "name",
    "parent_id": "parentId",
    "is_default": "isDefault",
    "url": "url",
    "external_id": "externalId",
}
