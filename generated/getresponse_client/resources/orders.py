"""Orders: client.orders (generated; do not edit)."""

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
    from ..models.new_order import NewOrder
    from ..models.order import Order
    from ..models.order_response import OrderResponse
    from ..models.sort_order_enum import SortOrderEnum


class OrdersRawResource(SyncResource):
    """client.orders.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        shop_id: str,
        body: NewOrder | Unset = UNSET,
        *,
        additional_flags: str | Unset = UNSET,
    ) -> RawResponse[OrderResponse]:
        """Create order. Returns the raw response with the parsed body."""
        from ..api.orders import create_order as op

        return self._call(
            op._get_kwargs(
                shop_id,
                body=body,
                additional_flags=additional_flags,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        shop_id: str,
        order_id: str,
    ) -> RawResponse[None]:
        """Delete order. Returns the raw response with the parsed body."""
        from ..api.orders import delete_order as op

        return self._call(
            op._get_kwargs(
                shop_id,
                order_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        shop_id: str,
        order_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[OrderResponse]:
        """Get a single order by ID. Returns the raw response with the parsed body."""
        from ..api.orders import get_order_by_id as op

        return self._call(
            op._get_kwargs(
                shop_id,
                order_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        shop_id: str,
        *,
        query_description: str | Unset = UNSET,
        query_status: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_processed_at_from: datetime.datetime | Unset = UNSET,
        query_processed_at_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Order]]:
        """Get the list of orders. Returns the raw response with the parsed body."""
        from ..api.orders import get_order_list as op

        return self._call(
            op._get_kwargs(
                shop_id,
                querydescription=query_description,
                querystatus=query_status,
                queryexternal_id=query_external_id,
                queryprocessed_atfrom=query_processed_at_from,
                queryprocessed_atto=query_processed_at_to,
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
        order_id: str,
        body: Order | Unset = UNSET,
        *,
        additional_flags: str | Unset = UNSET,
    ) -> RawResponse[OrderResponse]:
        """Update order. Returns the raw response with the parsed body."""
        from ..api.orders import update_order as op

        return self._call(
            op._get_kwargs(
                shop_id,
                order_id,
                body=body,
                additional_flags=additional_flags,
            ),
            op._parse_response,
            idempotent=False,
        )


class OrdersResource(SyncResource):
    """Orders: client.orders."""

    @cached_property
    def with_raw_response(self) -> OrdersRawResource:
        return OrdersRawResource(self._transport)

    def create(
        self,
        shop_id: str,
        body: NewOrder | Unset = UNSET,
        *,
        additional_flags: str | Unset = UNSET,
    ) -> OrderResponse:
        """Create order.

        POST /shops/{shopId}/orders (createOrder). Reference: https://apireference.getresponse.com/#operation/createOrder
        """
        return (
            self.with_raw_response.create(
                shop_id,
                body,
                additional_flags=additional_flags,
            )
        ).parsed

    def delete(
        self,
        shop_id: str,
        order_id: str,
    ) -> None:
        """Delete order.

        DELETE /shops/{shopId}/orders/{orderId} (deleteOrder). Reference: https://apireference.getresponse.com/#operation/deleteOrder
        """
        return (
            self.with_raw_response.delete(
                shop_id,
                order_id,
            )
        ).parsed

    def get(
        self,
        shop_id: str,
        order_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> OrderResponse:
        """Get a single order by ID.

        GET /shops/{shopId}/orders/{orderId} (getOrderById). Reference: https://apireference.getresponse.com/#operation/getOrderById
        """
        return (
            self.with_raw_response.get(
                shop_id,
                order_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        shop_id: str,
        *,
        query_description: str | Unset = UNSET,
        query_status: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_processed_at_from: datetime.datetime | Unset = UNSET,
        query_processed_at_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Order]:
        """Get the list of orders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/orders (getOrderList). Reference: https://apireference.getresponse.com/#operation/getOrderList
        """
        from ..api.orders import get_order_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                querydescription=query_description,
                querystatus=query_status,
                queryexternal_id=query_external_id,
                queryprocessed_atfrom=query_processed_at_from,
                queryprocessed_atto=query_processed_at_to,
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
        order_id: str,
        body: Order | Unset = UNSET,
        *,
        additional_flags: str | Unset = UNSET,
    ) -> OrderResponse:
        """Update order.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/orders/{orderId} (updateOrder). Reference: https://apireference.getresponse.com/#operation/updateOrder
        """
        return (
            self.with_raw_response.update(
                shop_id,
                order_id,
                body,
                additional_flags=additional_flags,
            )
        ).parsed


class AsyncOrdersRawResource(AsyncResource):
    """client.orders.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        shop_id: str,
        body: NewOrder | Unset = UNSET,
        *,
        additional_flags: str | Unset = UNSET,
    ) -> RawResponse[OrderResponse]:
        """Create order. Returns the raw response with the parsed body."""
        from ..api.orders import create_order as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                body=body,
                additional_flags=additional_flags,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        shop_id: str,
        order_id: str,
    ) -> RawResponse[None]:
        """Delete order. Returns the raw response with the parsed body."""
        from ..api.orders import delete_order as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                order_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        shop_id: str,
        order_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[OrderResponse]:
        """Get a single order by ID. Returns the raw response with the parsed body."""
        from ..api.orders import get_order_by_id as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                order_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        shop_id: str,
        *,
        query_description: str | Unset = UNSET,
        query_status: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_processed_at_from: datetime.datetime | Unset = UNSET,
        query_processed_at_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Order]]:
        """Get the list of orders. Returns the raw response with the parsed body."""
        from ..api.orders import get_order_list as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                querydescription=query_description,
                querystatus=query_status,
                queryexternal_id=query_external_id,
                queryprocessed_atfrom=query_processed_at_from,
                queryprocessed_atto=query_processed_at_to,
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
        order_id: str,
        body: Order | Unset = UNSET,
        *,
        additional_flags: str | Unset = UNSET,
    ) -> RawResponse[OrderResponse]:
        """Update order. Returns the raw response with the parsed body."""
        from ..api.orders import update_order as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                order_id,
                body=body,
                additional_flags=additional_flags,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncOrdersResource(AsyncResource):
    """Orders: client.orders."""

    @cached_property
    def with_raw_response(self) -> AsyncOrdersRawResource:
        return AsyncOrdersRawResource(self._transport)

    async def create(
        self,
        shop_id: str,
        body: NewOrder | Unset = UNSET,
        *,
        additional_flags: str | Unset = UNSET,
    ) -> OrderResponse:
        """Create order.

        POST /shops/{shopId}/orders (createOrder). Reference: https://apireference.getresponse.com/#operation/createOrder
        """
        return (
            await self.with_raw_response.create(
                shop_id,
                body,
                additional_flags=additional_flags,
            )
        ).parsed

    async def delete(
        self,
        shop_id: str,
        order_id: str,
    ) -> None:
        """Delete order.

        DELETE /shops/{shopId}/orders/{orderId} (deleteOrder). Reference: https://apireference.getresponse.com/#operation/deleteOrder
        """
        return (
            await self.with_raw_response.delete(
                shop_id,
                order_id,
            )
        ).parsed

    async def get(
        self,
        shop_id: str,
        order_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> OrderResponse:
        """Get a single order by ID.

        GET /shops/{shopId}/orders/{orderId} (getOrderById). Reference: https://apireference.getresponse.com/#operation/getOrderById
        """
        return (
            await self.with_raw_response.get(
                shop_id,
                order_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        shop_id: str,
        *,
        query_description: str | Unset = UNSET,
        query_status: str | Unset = UNSET,
        query_external_id: str | Unset = UNSET,
        query_processed_at_from: datetime.datetime | Unset = UNSET,
        query_processed_at_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Order]:
        """Get the list of orders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/orders (getOrderList). Reference: https://apireference.getresponse.com/#operation/getOrderList
        """
        from ..api.orders import get_order_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                querydescription=query_description,
                querystatus=query_status,
                queryexternal_id=query_external_id,
                queryprocessed_atfrom=query_processed_at_from,
                queryprocessed_atto=query_processed_at_to,
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
        order_id: str,
        body: Order | Unset = UNSET,
        *,
        additional_flags: str | Unset = UNSET,
    ) -> OrderResponse:
        """Update order.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/orders/{orderId} (updateOrder). Reference: https://apireference.getresponse.com/#operation/updateOrder
        """
        return (
            await self.with_raw_response.update(
                shop_id,
                order_id,
                body,
                additional_flags=additional_flags,
            )
        ).parsed
