"""Categories: client.categories (generated; do not edit)."""

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
    from ..models.category import Category
    from ..models.new_category import NewCategory
    from ..models.sort_order_enum import SortOrderEnum


class CategoriesRawResource(SyncResource):
    """client.categories.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        shop_id: str,
        body: NewCategory | Unset = UNSET,
    ) -> RawResponse[Category]:
        """Create category. Returns the raw response with the parsed body."""
        from ..api.categories import create_category as op

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
        category_id: str,
    ) -> RawResponse[None]:
        """Delete category. Returns the raw response with the parsed body."""
        from ..api.categories import delete_category as op

        return self._call(
            op._get_kwargs(
                shop_id,
                category_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        shop_id: str,
        category_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Category]:
        """Get a single category by ID. Returns the raw response with the parsed body."""
        from ..api.categories import get_category as op

        return self._call(
            op._get_kwargs(
                shop_id,
                category_id,
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
        query_parent_id: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        search_created_at_from: datetime.datetime | Unset = UNSET,
        search_created_at_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Category]]:
        """Get the shop categories list. Returns the raw response with the parsed body."""
        from ..api.categories import get_categories as op

        return self._call(
            op._get_kwargs(
                shop_id,
                queryname=query_name,
                queryparent_id=query_parent_id,
                queryexternal_id=query_external_id,
                searchcreated_atfrom=search_created_at_from,
                searchcreated_atto=search_created_at_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
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
        category_id: str,
        body: Category | Unset = UNSET,
    ) -> RawResponse[Category]:
        """Update category. Returns the raw response with the parsed body."""
        from ..api.categories import update_category as op

        return self._call(
            op._get_kwargs(
                shop_id,
                category_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class CategoriesResource(SyncResource):
    """Categories: client.categories."""

    @cached_property
    def with_raw_response(self) -> CategoriesRawResource:
        return CategoriesRawResource(self._transport)

    def create(
        self,
        shop_id: str,
        body: NewCategory | Unset = UNSET,
    ) -> Category:
        """Create category.

        POST /shops/{shopId}/categories (createCategory). Reference: https://apireference.getresponse.com/#operation/createCategory
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
        category_id: str,
    ) -> None:
        """Delete category.

        DELETE /shops/{shopId}/categories/{categoryId} (deleteCategory). Reference: https://apireference.getresponse.com/#operation/deleteCategory
        """
        return (
            self.with_raw_response.delete(
                shop_id,
                category_id,
            )
        ).parsed

    def get(
        self,
        shop_id: str,
        category_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Category:
        """Get a single category by ID.

        GET /shops/{shopId}/categories/{categoryId} (getCategory). Reference: https://apireference.getresponse.com/#operation/getCategory
        """
        return (
            self.with_raw_response.get(
                shop_id,
                category_id,
                fields=fields,
            )
        ).parsed

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
    ) -> Page[Category]:
        """Get the shop categories list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/categories (getCategories). Reference: https://apireference.getresponse.com/#operation/getCategories
        """
        from ..api.categories import get_categories as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                queryname=query_name,
                queryparent_id=query_parent_id,
                queryexternal_id=query_external_id,
                searchcreated_atfrom=search_created_at_from,
                searchcreated_atto=search_created_at_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
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
        category_id: str,
        body: Category | Unset = UNSET,
    ) -> Category:
        """Update category.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/categories/{categoryId} (updateCategory). Reference: https://apireference.getresponse.com/#operation/updateCategory
        """
        return (
            self.with_raw_response.update(
                shop_id,
                category_id,
                body,
            )
        ).parsed


class AsyncCategoriesRawResource(AsyncResource):
    """client.categories.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        shop_id: str,
        body: NewCategory | Unset = UNSET,
    ) -> RawResponse[Category]:
        """Create category. Returns the raw response with the parsed body."""
        from ..api.categories import create_category as op

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
        category_id: str,
    ) -> RawResponse[None]:
        """Delete category. Returns the raw response with the parsed body."""
        from ..api.categories import delete_category as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                category_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        shop_id: str,
        category_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Category]:
        """Get a single category by ID. Returns the raw response with the parsed body."""
        from ..api.categories import get_category as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                category_id,
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
        query_parent_id: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        search_created_at_from: datetime.datetime | Unset = UNSET,
        search_created_at_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Category]]:
        """Get the shop categories list. Returns the raw response with the parsed body."""
        from ..api.categories import get_categories as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                queryname=query_name,
                queryparent_id=query_parent_id,
                queryexternal_id=query_external_id,
                searchcreated_atfrom=search_created_at_from,
                searchcreated_atto=search_created_at_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
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
        category_id: str,
        body: Category | Unset = UNSET,
    ) -> RawResponse[Category]:
        """Update category. Returns the raw response with the parsed body."""
        from ..api.categories import update_category as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                category_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncCategoriesResource(AsyncResource):
    """Categories: client.categories."""

    @cached_property
    def with_raw_response(self) -> AsyncCategoriesRawResource:
        return AsyncCategoriesRawResource(self._transport)

    async def create(
        self,
        shop_id: str,
        body: NewCategory | Unset = UNSET,
    ) -> Category:
        """Create category.

        POST /shops/{shopId}/categories (createCategory). Reference: https://apireference.getresponse.com/#operation/createCategory
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
        category_id: str,
    ) -> None:
        """Delete category.

        DELETE /shops/{shopId}/categories/{categoryId} (deleteCategory). Reference: https://apireference.getresponse.com/#operation/deleteCategory
        """
        return (
            await self.with_raw_response.delete(
                shop_id,
                category_id,
            )
        ).parsed

    async def get(
        self,
        shop_id: str,
        category_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Category:
        """Get a single category by ID.

        GET /shops/{shopId}/categories/{categoryId} (getCategory). Reference: https://apireference.getresponse.com/#operation/getCategory
        """
        return (
            await self.with_raw_response.get(
                shop_id,
                category_id,
                fields=fields,
            )
        ).parsed

    async def list(
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
    ) -> AsyncPage[Category]:
        """Get the shop categories list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/categories (getCategories). Reference: https://apireference.getresponse.com/#operation/getCategories
        """
        from ..api.categories import get_categories as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                queryname=query_name,
                queryparent_id=query_parent_id,
                queryexternal_id=query_external_id,
                searchcreated_atfrom=search_created_at_from,
                searchcreated_atto=search_created_at_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
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
        category_id: str,
        body: Category | Unset = UNSET,
    ) -> Category:
        """Update category.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/categories/{categoryId} (updateCategory). Reference: https://apireference.getresponse.com/#operation/updateCategory
        """
        return (
            await self.with_raw_response.update(
                shop_id,
                category_id,
                body,
            )
        ).parsed
