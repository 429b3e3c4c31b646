"""Shops: client.shops (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.new_shop import NewShop
    from ..models.shop import Shop
    from ..models.shop_details import ShopDetails
    from ..models.sort_order_enum import SortOrderEnum


class ShopsRawResource(SyncResource):
    """client.shops.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewShop | Unset = UNSET,
    ) -> RawResponse[ShopDetails]:
        """Create shop. Returns the raw response with the parsed body."""
        from ..api.shops import create_shop as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        shop_id: str,
    ) -> RawResponse[None]:
        """Delete shop. Returns the raw response with the parsed body."""
        from ..api.shops import delete_shop as op

        return self._call(
            op._get_kwargs(
                shop_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        shop_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ShopDetails]:
        """Get a single shop by ID. Returns the raw response with the parsed body."""
        from ..api.shops import get_shop_by_id as op

        return self._call(
            op._get_kwargs(
                shop_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Shop]]:
        """Get a list of shops. Returns the raw response with the parsed body."""
        from ..api.shops import get_shop_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
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
        body: Shop | Unset = UNSET,
    ) -> RawResponse[ShopDetails]:
        """Update shop. Returns the raw response with the parsed body."""
        from ..api.shops import update_shop as op

        return self._call(
            op._get_kwargs(
                shop_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class ShopsResource(SyncResource):
    """Shops: client.shops."""

    @cached_property
    def with_raw_response(self) -> ShopsRawResource:
        return ShopsRawResource(self._transport)

    def create(
        self,
        body: NewShop | Unset = UNSET,
    ) -> ShopDetails:
        """Create shop.

        POST /shops (createShop). Reference: https://apireference.getresponse.com/#operation/createShop
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        shop_id: str,
    ) -> None:
        """Delete shop.

        DELETE /shops/{shopId} (deleteShop). Reference: https://apireference.getresponse.com/#operation/deleteShop
        """
        return (
            self.with_raw_response.delete(
                shop_id,
            )
        ).parsed

    def get(
        self,
        shop_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ShopDetails:
        """Get a single shop by ID.

        GET /shops/{shopId} (getShopById). Reference: https://apireference.getresponse.com/#operation/getShopById
        """
        return (
            self.with_raw_response.get(
                shop_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Shop]:
        """Get a list of shops.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops (getShopList). Reference: https://apireference.getresponse.com/#operation/getShopList
        """
        from ..api.shops import get_shop_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
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
        body: Shop | Unset = UNSET,
    ) -> ShopDetails:
        """Update shop.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId} (updateShop). Reference: https://apireference.getresponse.com/#operation/updateShop
        """
        return (
            self.with_raw_response.update(
                shop_id,
                body,
            )
        ).parsed


class AsyncShopsRawResource(AsyncResource):
    """client.shops.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewShop | Unset = UNSET,
    ) -> RawResponse[ShopDetails]:
        """Create shop. Returns the raw response with the parsed body."""
        from ..api.shops import create_shop as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        shop_id: str,
    ) -> RawResponse[None]:
        """Delete shop. Returns the raw response with the parsed body."""
        from ..api.shops import delete_shop as op

        return await self._call(
            op._get_kwargs(
                shop_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        shop_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ShopDetails]:
        """Get a single shop by ID. Returns the raw response with the parsed body."""
        from ..api.shops import get_shop_by_id as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Shop]]:
        """Get a list of shops. Returns the raw response with the parsed body."""
        from ..api.shops import get_shop_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
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
        body: Shop | Unset = UNSET,
    ) -> RawResponse[ShopDetails]:
        """Update shop. Returns the raw response with the parsed body."""
        from ..api.shops import update_shop as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncShopsResource(AsyncResource):
    """Shops: client.shops."""

    @cached_property
    def with_raw_response(self) -> AsyncShopsRawResource:
        return AsyncShopsRawResource(self._transport)

    async def create(
        self,
        body: NewShop | Unset = UNSET,
    ) -> ShopDetails:
        """Create shop.

        POST /shops (createShop). Reference: https://apireference.getresponse.com/#operation/createShop
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        shop_id: str,
    ) -> None:
        """Delete shop.

        DELETE /shops/{shopId} (deleteShop). Reference: https://apireference.getresponse.com/#operation/deleteShop
        """
        return (
            await self.with_raw_response.delete(
                shop_id,
            )
        ).parsed

    async def get(
        self,
        shop_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ShopDetails:
        """Get a single shop by ID.

        GET /shops/{shopId} (getShopById). Reference: https://apireference.getresponse.com/#operation/getShopById
        """
        return (
            await self.with_raw_response.get(
                shop_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Shop]:
        """Get a list of shops.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops (getShopList). Reference: https://apireference.getresponse.com/#operation/getShopList
        """
        from ..api.shops import get_shop_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
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
        body: Shop | Unset = UNSET,
    ) -> ShopDetails:
        """Update shop.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId} (updateShop). Reference: https://apireference.getresponse.com/#operation/updateShop
        """
        return (
            await self.with_raw_response.update(
                shop_id,
                body,
            )
        ).parsed
