"""Shops: client.shops (generated; do not edit)."""

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
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.new_shop import NewShop, NewShopDict
    from ..models.shop import Shop, ShopDict
    from ..models.shop_details import ShopDetails
    from ..models.sort_order_enum import SortOrderEnum


class ShopsResource(SyncResource):
    """Shops: client.shops."""

    @overload
    def create(
        self,
        *,
        name: str,
        locale: str,
        currency: str,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails: ...

    @overload
    def create(
        self,
        *,
        body: NewShop | NewShopDict,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails: ...

    def create(
        self,
        *,
        body: NewShop | NewShopDict | None = None,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails:
        """Create shop.

        Args:
            name: The shop name
            locale: The language locale (ISO 639-1)
            currency: The currency code (ISO 4217)

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops (createShop). Reference: https://apireference.getresponse.com/#operation/createShop
        """
        from ..models.shop_details import ShopDetails

        return self._request(
            "POST",
            "/shops",
            cast_to=ShopDetails,
            json=json_body(
                "shops.create",
                body,
                {"name": name, "locale": locale, "currency": currency},
                SHOPS_CREATE_WIRE,
                required=("name", "locale", "currency"),
            ),
            operation="createShop",
            options=options,
        )

    def delete(
        self,
        shop_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete shop.

        Args:
            shop_id: The shop ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId} (deleteShop). Reference: https://apireference.getresponse.com/#operation/deleteShop
        """

        return self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}",
            cast_to=None,
            operation="deleteShop",
            options=options,
        )

    def get(
        self,
        shop_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails:
        """Get a single shop by ID.

        Args:
            shop_id: The shop ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId} (getShopById). Reference: https://apireference.getresponse.com/#operation/getShopById
        """
        from ..models.shop_details import ShopDetails

        return self._request(
            "GET",
            f"/shops/{path_value(shop_id)}",
            cast_to=ShopDetails,
            params={"fields": fields},
            operation="getShopById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[Shop]:
        """Get a list of shops.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search shop by name
            sort_name: Sort by name
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops (getShopList). Reference: https://apireference.getresponse.com/#operation/getShopList
        """
        from ..models.shop import Shop

        return self._page(
            "/shops",
            item=Shop,
            params={
                "query[name]": query_name,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getShopList",
            options=options,
        )

    @overload
    def update(
        self,
        shop_id: str,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails: ...

    @overload
    def update(
        self,
        shop_id: str,
        *,
        body: Shop | ShopDict,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails: ...

    def update(
        self,
        shop_id: str,
        *,
        body: Shop | ShopDict | None = None,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails:
        """Update shop.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            name: The shop name
            locale: The language locale (ISO 639-1)
            currency: The currency code (ISO 4217)

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId} (updateShop). Reference: https://apireference.getresponse.com/#operation/updateShop
        """
        from ..models.shop_details import ShopDetails

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}",
            cast_to=ShopDetails,
            json=json_body(
                "shops.update",
                body,
                {"name": name, "locale": locale, "currency": currency},
                SHOPS_UPDATE_WIRE,
            ),
            operation="updateShop",
            options=options,
        )

    @property
    def with_raw_response(self) -> ShopsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return ShopsResourceWithRawResponse(self._raw_copy())


class ShopsResourceWithRawResponse:
    """client.shops.with_raw_response."""

    def __init__(self, resource: ShopsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncShopsResource(AsyncResource):
    """Shops: client.shops."""

    @overload
    async def create(
        self,
        *,
        name: str,
        locale: str,
        currency: str,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails: ...

    @overload
    async def create(
        self,
        *,
        body: NewShop | NewShopDict,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails: ...

    async def create(
        self,
        *,
        body: NewShop | NewShopDict | None = None,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails:
        """Create shop.

        Args:
            name: The shop name
            locale: The language locale (ISO 639-1)
            currency: The currency code (ISO 4217)

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops (createShop). Reference: https://apireference.getresponse.com/#operation/createShop
        """
        from ..models.shop_details import ShopDetails

        return await self._request(
            "POST",
            "/shops",
            cast_to=ShopDetails,
            json=json_body(
                "shops.create",
                body,
                {"name": name, "locale": locale, "currency": currency},
                SHOPS_CREATE_WIRE,
                required=("name", "locale", "currency"),
            ),
            operation="createShop",
            options=options,
        )

    async def delete(
        self,
        shop_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete shop.

        Args:
            shop_id: The shop ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId} (deleteShop). Reference: https://apireference.getresponse.com/#operation/deleteShop
        """

        return await self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}",
            cast_to=None,
            operation="deleteShop",
            options=options,
        )

    async def get(
        self,
        shop_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails:
        """Get a single shop by ID.

        Args:
            shop_id: The shop ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId} (getShopById). Reference: https://apireference.getresponse.com/#operation/getShopById
        """
        from ..models.shop_details import ShopDetails

        return await self._request(
            "GET",
            f"/shops/{path_value(shop_id)}",
            cast_to=ShopDetails,
            params={"fields": fields},
            operation="getShopById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Shop]:
        """Get a list of shops.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search shop by name
            sort_name: Sort by name
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops (getShopList). Reference: https://apireference.getresponse.com/#operation/getShopList
        """
        from ..models.shop import Shop

        return self._page(
            "/shops",
            item=Shop,
            params={
                "query[name]": query_name,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getShopList",
            options=options,
        )

    @overload
    async def update(
        self,
        shop_id: str,
        *,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails: ...

    @overload
    async def update(
        self,
        shop_id: str,
        *,
        body: Shop | ShopDict,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails: ...

    async def update(
        self,
        shop_id: str,
        *,
        body: Shop | ShopDict | None = None,
        name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ShopDetails:
        """Update shop.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            name: The shop name
            locale: The language locale (ISO 639-1)
            currency: The currency code (ISO 4217)

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId} (updateShop). Reference: https://apireference.getresponse.com/#operation/updateShop
        """
        from ..models.shop_details import ShopDetails

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}",
            cast_to=ShopDetails,
            json=json_body(
                "shops.update",
                body,
                {"name": name, "locale": locale, "currency": currency},
                SHOPS_UPDATE_WIRE,
            ),
            operation="updateShop",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncShopsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncShopsResourceWithRawResponse(self._raw_copy())


class AsyncShopsResourceWithRawResponse:
    """client.shops.with_raw_response."""

    def __init__(self, resource: AsyncShopsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
SHOPS_CREATE_WIRE = {"name": "name", "locale": "locale", "currency": "currency"}
SHOPS_UPDATE_WIRE = {"name": "name", "locale": "locale", "currency": "currency"}
