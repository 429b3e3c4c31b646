"""Carts: client.carts (generated; do not edit)."""

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
    from ..models.cart import Cart
    from ..models.new_cart import NewCart
    from ..models.sort_order_enum import SortOrderEnum


class CartsRawResource(SyncResource):
    """client.carts.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        shop_id: str,
        body: NewCart | Unset = UNSET,
    ) -> RawResponse[Cart]:
        """Create cart. Returns the raw response with the parsed body."""
        from ..api.carts import create_cart as op

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
        cart_id: str,
    ) -> RawResponse[None]:
        """Delete cart. Returns the raw response with the parsed body."""
        from ..api.carts import delete_cart as op

        return self._call(
            op._get_kwargs(
                shop_id,
                cart_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        shop_id: str,
        cart_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Cart]:
        """Get cart by ID. Returns the raw response with the parsed body."""
        from ..api.carts import get_cart as op

        return self._call(
            op._get_kwargs(
                shop_id,
                cart_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        shop_id: str,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Cart]]:
        """Get shop carts. Returns the raw response with the parsed body."""
        from ..api.carts import get_carts as op

        return self._call(
            op._get_kwargs(
                shop_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                queryexternal_id=query_external_id,
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
        cart_id: str,
        body: Cart | Unset = UNSET,
    ) -> RawResponse[Cart]:
        """Update cart. Returns the raw response with the parsed body."""
        from ..api.carts import update_cart as op

        return self._call(
            op._get_kwargs(
                shop_id,
                cart_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class CartsResource(SyncResource):
    """Carts: client.carts."""

    @cached_property
    def with_raw_response(self) -> CartsRawResource:
        return CartsRawResource(self._transport)

    def create(
        self,
        shop_id: str,
        body: NewCart | Unset = UNSET,
    ) -> Cart:
        """Create cart.

        POST /shops/{shopId}/carts (createCart). Reference: https://apireference.getresponse.com/#operation/createCart
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
        cart_id: str,
    ) -> None:
        """Delete cart.

        DELETE /shops/{shopId}/carts/{cartId} (deleteCart). Reference: https://apireference.getresponse.com/#operation/deleteCart
        """
        return (
            self.with_raw_response.delete(
                shop_id,
                cart_id,
            )
        ).parsed

    def get(
        self,
        shop_id: str,
        cart_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Cart:
        """Get cart by ID.

        GET /shops/{shopId}/carts/{cartId} (getCart). Reference: https://apireference.getresponse.com/#operation/getCart
        """
        return (
            self.with_raw_response.get(
                shop_id,
                cart_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        shop_id: str,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Cart]:
        """Get shop carts.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/carts (getCarts). Reference: https://apireference.getresponse.com/#operation/getCarts
        """
        from ..api.carts import get_carts as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                queryexternal_id=query_external_id,
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
        cart_id: str,
        body: Cart | Unset = UNSET,
    ) -> Cart:
        """Update cart.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/carts/{cartId} (updateCart). Reference: https://apireference.getresponse.com/#operation/updateCart
        """
        return (
            self.with_raw_response.update(
                shop_id,
                cart_id,
                body,
            )
        ).parsed


class AsyncCartsRawResource(AsyncResource):
    """client.carts.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        shop_id: str,
        body: NewCart | Unset = UNSET,
    ) -> RawResponse[Cart]:
        """Create cart. Returns the raw response with the parsed body."""
        from ..api.carts import create_cart as op

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
        cart_id: str,
    ) -> RawResponse[None]:
        """Delete cart. Returns the raw response with the parsed body."""
        from ..api.carts import delete_cart as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                cart_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        shop_id: str,
        cart_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Cart]:
        """Get cart by ID. Returns the raw response with the parsed body."""
        from ..api.carts import get_cart as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                cart_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        shop_id: str,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Cart]]:
        """Get shop carts. Returns the raw response with the parsed body."""
        from ..api.carts import get_carts as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                queryexternal_id=query_external_id,
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
        cart_id: str,
        body: Cart | Unset = UNSET,
    ) -> RawResponse[Cart]:
        """Update cart. Returns the raw response with the parsed body."""
        from ..api.carts import update_cart as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                cart_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncCartsResource(AsyncResource):
    """Carts: client.carts."""

    @cached_property
    def with_raw_response(self) -> AsyncCartsRawResource:
        return AsyncCartsRawResource(self._transport)

    async def create(
        self,
        shop_id: str,
        body: NewCart | Unset = UNSET,
    ) -> Cart:
        """Create cart.

        POST /shops/{shopId}/carts (createCart). Reference: https://apireference.getresponse.com/#operation/createCart
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
        cart_id: str,
    ) -> None:
        """Delete cart.

        DELETE /shops/{shopId}/carts/{cartId} (deleteCart). Reference: https://apireference.getresponse.com/#operation/deleteCart
        """
        return (
            await self.with_raw_response.delete(
                shop_id,
                cart_id,
            )
        ).parsed

    async def get(
        self,
        shop_id: str,
        cart_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Cart:
        """Get cart by ID.

        GET /shops/{shopId}/carts/{cartId} (getCart). Reference: https://apireference.getresponse.com/#operation/getCart
        """
        return (
            await self.with_raw_response.get(
                shop_id,
                cart_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        shop_id: str,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Cart]:
        """Get shop carts.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/carts (getCarts). Reference: https://apireference.getresponse.com/#operation/getCarts
        """
        from ..api.carts import get_carts as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                queryexternal_id=query_external_id,
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
        cart_id: str,
        body: Cart | Unset = UNSET,
    ) -> Cart:
        """Update cart.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/carts/{cartId} (updateCart). Reference: https://apireference.getresponse.com/#operation/updateCart
        """
        return (
            await self.with_raw_response.update(
                shop_id,
                cart_id,
                body,
            )
        ).parsed
