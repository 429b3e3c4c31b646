"""Orders: client.orders (generated; do not edit)."""

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

    from ..models.new_address import NewAddress, NewAddressDict
    from ..models.new_meta_field import NewMetaField, NewMetaFieldDict
    from ..models.new_order import NewOrder, NewOrderDict
    from ..models.new_selected_product_variant import NewSelectedProductVariant, NewSelectedProductVariantDict
    from ..models.order import Order, OrderDict
    from ..models.order_response import OrderResponse
    from ..models.sort_order_enum import SortOrderEnum


class OrdersResource(SyncResource):
    """Orders: client.orders."""

    @overload
    def create(
        self,
        shop_id: str,
        *,
        contact_id: str,
        total_price: float,
        currency: str,
        selected_variants: builtins.list[NewSelectedProductVariant | NewSelectedProductVariantDict],
        order_url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        total_price_tax: float | Unset = UNSET,
        status: str | Unset = UNSET,
        cart_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shipping_price: float | Unset = UNSET,
        shipping_address: NewAddress | NewAddressDict | Unset = UNSET,
        billing_status: str | Unset = UNSET,
        billing_address: NewAddress | NewAddressDict | Unset = UNSET,
        processed_at: datetime.datetime | str | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse: ...

    @overload
    def create(
        self,
        shop_id: str,
        *,
        body: NewOrder | NewOrderDict,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse: ...

    def create(
        self,
        shop_id: str,
        *,
        body: NewOrder | NewOrderDict | None = None,
        contact_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        selected_variants: builtins.list[NewSelectedProductVariant | NewSelectedProductVariantDict] | Unset = UNSET,
        order_url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        total_price_tax: float | Unset = UNSET,
        status: str | Unset = UNSET,
        cart_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shipping_price: float | Unset = UNSET,
        shipping_address: NewAddress | NewAddressDict | Unset = UNSET,
        billing_status: str | Unset = UNSET,
        billing_address: NewAddress | NewAddressDict | Unset = UNSET,
        processed_at: datetime.datetime | str | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse:
        """Create order.

        Args:
            shop_id: The shop ID
            contact_id: Create a contact by using POST /v3/contacts.
            total_price: The total price of an order
            currency: The order currency code (ISO 4217)
            order_url: The external URL for an order
            external_id: The external ID is the identifying string or number of the order given by another
                software
            total_price_tax: The total price tax of an order
            status: The status value
            cart_id: Create a cart by using POST /v3/shops/{shopId}/carts
            description: The order description
            shipping_price: The shipping price for an order
            billing_status: The billing status of an order
            processed_at: The exact time an order was made
            additional_flags: The additional flags parameter with the value skipAutomation will skip the
                triggering Make a purchase element in an automated workflow

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/orders (createOrder). Reference: https://apireference.getresponse.com/#operation/createOrder
        """
        from ..models.order_response import OrderResponse

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/orders",
            cast_to=OrderResponse,
            params={"additionalFlags": additional_flags},
            json=json_body(
                "orders.create",
                body,
                {
                    "contact_id": contact_id,
                    "total_price": total_price,
                    "currency": currency,
                    "selected_variants": selected_variants,
                    "order_url": order_url,
                    "external_id": external_id,
                    "total_price_tax": total_price_tax,
                    "status": status,
                    "cart_id": cart_id,
                    "description": description,
                    "shipping_price": shipping_price,
                    "shipping_address": shipping_address,
                    "billing_status": billing_status,
                    "billing_address": billing_address,
                    "processed_at": processed_at,
                    "meta_fields": meta_fields,
                },
                ORDERS_CREATE_WIRE,
                required=("contact_id", "total_price", "currency", "selected_variants"),
            ),
            operation="createOrder",
            options=options,
        )

    def delete(
        self,
        shop_id: str,
        order_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete order.

        Args:
            shop_id: The shop ID
            order_id: The order ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/orders/{orderId} (deleteOrder). Reference: https://apireference.getresponse.com/#operation/deleteOrder
        """

        return self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/orders/{path_value(order_id)}",
            cast_to=None,
            operation="deleteOrder",
            options=options,
        )

    def get(
        self,
        shop_id: str,
        order_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse:
        """Get a single order by ID.

        Args:
            shop_id: The shop ID
            order_id: The order ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/orders/{orderId} (getOrderById). Reference: https://apireference.getresponse.com/#operation/getOrderById
        """
        from ..models.order_response import OrderResponse

        return self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/orders/{path_value(order_id)}",
            cast_to=OrderResponse,
            params={"fields": fields},
            operation="getOrderById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[Order]:
        """Get the list of orders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            shop_id: The shop ID
            query_description: Search order by description
            query_status: Search order by status
            query_external_id: Search order by external ID
            query_processed_at_from: Show orders processed from this date
            query_processed_at_to: Show orders processed to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/orders (getOrderList). Reference: https://apireference.getresponse.com/#operation/getOrderList
        """
        from ..models.order import Order

        return self._page(
            f"/shops/{path_value(shop_id)}/orders",
            item=Order,
            params={
                "query[description]": query_description,
                "query[status]": query_status,
                "query[externalId]": query_external_id,
                "query[processedAt][from]": query_processed_at_from,
                "query[processedAt][to]": query_processed_at_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getOrderList",
            options=options,
        )

    @overload
    def update(
        self,
        shop_id: str,
        order_id: str,
        *,
        contact_id: str | Unset = UNSET,
        order_url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        total_price_tax: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        cart_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shipping_price: float | Unset = UNSET,
        shipping_address: NewAddress | NewAddressDict | Unset = UNSET,
        billing_status: str | Unset = UNSET,
        billing_address: NewAddress | NewAddressDict | Unset = UNSET,
        processed_at: datetime.datetime | str | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse: ...

    @overload
    def update(
        self,
        shop_id: str,
        order_id: str,
        *,
        body: Order | OrderDict,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse: ...

    def update(
        self,
        shop_id: str,
        order_id: str,
        *,
        body: Order | OrderDict | None = None,
        contact_id: str | Unset = UNSET,
        order_url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        total_price_tax: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        cart_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shipping_price: float | Unset = UNSET,
        shipping_address: NewAddress | NewAddressDict | Unset = UNSET,
        billing_status: str | Unset = UNSET,
        billing_address: NewAddress | NewAddressDict | Unset = UNSET,
        processed_at: datetime.datetime | str | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse:
        """Update order.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            order_id: The order ID
            contact_id: Create a contact by using POST /v3/contacts.
            order_url: The external URL for an order
            external_id: The external ID is the identifying string or number of the order given by another
                software
            total_price: The total price of an order
            total_price_tax: The total price tax of an order
            currency: The order currency code (ISO 4217)
            status: The status value
            cart_id: Create a cart by using POST /v3/shops/{shopId}/carts
            description: The order description
            shipping_price: The shipping price for an order
            billing_status: The billing status of an order
            processed_at: The exact time an order was made
            additional_flags: The additional flags parameter with the value skipAutomation will skip the
                triggering Make a purchase element in an automated workflow

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/orders/{orderId} (updateOrder). Reference: https://apireference.getresponse.com/#operation/updateOrder
        """
        from ..models.order_response import OrderResponse

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/orders/{path_value(order_id)}",
            cast_to=OrderResponse,
            params={"additionalFlags": additional_flags},
            json=json_body(
                "orders.update",
                body,
                {
                    "contact_id": contact_id,
                    "order_url": order_url,
                    "external_id": external_id,
                    "total_price": total_price,
                    "total_price_tax": total_price_tax,
                    "currency": currency,
                    "status": status,
                    "cart_id": cart_id,
                    "description": description,
                    "shipping_price": shipping_price,
                    "shipping_address": shipping_address,
                    "billing_status": billing_status,
                    "billing_address": billing_address,
                    "processed_at": processed_at,
                    "meta_fields": meta_fields,
                },
                ORDERS_UPDATE_WIRE,
            ),
            operation="updateOrder",
            options=options,
        )

    @property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return OrdersResourceWithRawResponse(self._raw_copy())


class OrdersResourceWithRawResponse:
    """client.orders.with_raw_response."""

    def __init__(self, resource: OrdersResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncOrdersResource(AsyncResource):
    """Orders: client.orders."""

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        contact_id: str,
        total_price: float,
        currency: str,
        selected_variants: builtins.list[NewSelectedProductVariant | NewSelectedProductVariantDict],
        order_url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        total_price_tax: float | Unset = UNSET,
        status: str | Unset = UNSET,
        cart_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shipping_price: float | Unset = UNSET,
        shipping_address: NewAddress | NewAddressDict | Unset = UNSET,
        billing_status: str | Unset = UNSET,
        billing_address: NewAddress | NewAddressDict | Unset = UNSET,
        processed_at: datetime.datetime | str | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse: ...

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        body: NewOrder | NewOrderDict,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse: ...

    async def create(
        self,
        shop_id: str,
        *,
        body: NewOrder | NewOrderDict | None = None,
        contact_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        selected_variants: builtins.list[NewSelectedProductVariant | NewSelectedProductVariantDict] | Unset = UNSET,
        order_url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        total_price_tax: float | Unset = UNSET,
        status: str | Unset = UNSET,
        cart_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shipping_price: float | Unset = UNSET,
        shipping_address: NewAddress | NewAddressDict | Unset = UNSET,
        billing_status: str | Unset = UNSET,
        billing_address: NewAddress | NewAddressDict | Unset = UNSET,
        processed_at: datetime.datetime | str | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse:
        """Create order.

        Args:
            shop_id: The shop ID
            contact_id: Create a contact by using POST /v3/contacts.
            total_price: The total price of an order
            currency: The order currency code (ISO 4217)
            order_url: The external URL for an order
            external_id: The external ID is the identifying string or number of the order given by another
                software
            total_price_tax: The total price tax of an order
            status: The status value
            cart_id: Create a cart by using POST /v3/shops/{shopId}/carts
            description: The order description
            shipping_price: The shipping price for an order
            billing_status: The billing status of an order
            processed_at: The exact time an order was made
            additional_flags: The additional flags parameter with the value skipAutomation will skip the
                triggering Make a purchase element in an automated workflow

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/orders (createOrder). Reference: https://apireference.getresponse.com/#operation/createOrder
        """
        from ..models.order_response import OrderResponse

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/orders",
            cast_to=OrderResponse,
            params={"additionalFlags": additional_flags},
            json=json_body(
                "orders.create",
                body,
                {
                    "contact_id": contact_id,
                    "total_price": total_price,
                    "currency": currency,
                    "selected_variants": selected_variants,
                    "order_url": order_url,
                    "external_id": external_id,
                    "total_price_tax": total_price_tax,
                    "status": status,
                    "cart_id": cart_id,
                    "description": description,
                    "shipping_price": shipping_price,
                    "shipping_address": shipping_address,
                    "billing_status": billing_status,
                    "billing_address": billing_address,
                    "processed_at": processed_at,
                    "meta_fields": meta_fields,
                },
                ORDERS_CREATE_WIRE,
                required=("contact_id", "total_price", "currency", "selected_variants"),
            ),
            operation="createOrder",
            options=options,
        )

    async def delete(
        self,
        shop_id: str,
        order_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete order.

        Args:
            shop_id: The shop ID
            order_id: The order ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/orders/{orderId} (deleteOrder). Reference: https://apireference.getresponse.com/#operation/deleteOrder
        """

        return await self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/orders/{path_value(order_id)}",
            cast_to=None,
            operation="deleteOrder",
            options=options,
        )

    async def get(
        self,
        shop_id: str,
        order_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse:
        """Get a single order by ID.

        Args:
            shop_id: The shop ID
            order_id: The order ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/orders/{orderId} (getOrderById). Reference: https://apireference.getresponse.com/#operation/getOrderById
        """
        from ..models.order_response import OrderResponse

        return await self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/orders/{path_value(order_id)}",
            cast_to=OrderResponse,
            params={"fields": fields},
            operation="getOrderById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Order]:
        """Get the list of orders.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            shop_id: The shop ID
            query_description: Search order by description
            query_status: Search order by status
            query_external_id: Search order by external ID
            query_processed_at_from: Show orders processed from this date
            query_processed_at_to: Show orders processed to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/orders (getOrderList). Reference: https://apireference.getresponse.com/#operation/getOrderList
        """
        from ..models.order import Order

        return self._page(
            f"/shops/{path_value(shop_id)}/orders",
            item=Order,
            params={
                "query[description]": query_description,
                "query[status]": query_status,
                "query[externalId]": query_external_id,
                "query[processedAt][from]": query_processed_at_from,
                "query[processedAt][to]": query_processed_at_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getOrderList",
            options=options,
        )

    @overload
    async def update(
        self,
        shop_id: str,
        order_id: str,
        *,
        contact_id: str | Unset = UNSET,
        order_url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        total_price_tax: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        cart_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shipping_price: float | Unset = UNSET,
        shipping_address: NewAddress | NewAddressDict | Unset = UNSET,
        billing_status: str | Unset = UNSET,
        billing_address: NewAddress | NewAddressDict | Unset = UNSET,
        processed_at: datetime.datetime | str | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse: ...

    @overload
    async def update(
        self,
        shop_id: str,
        order_id: str,
        *,
        body: Order | OrderDict,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse: ...

    async def update(
        self,
        shop_id: str,
        order_id: str,
        *,
        body: Order | OrderDict | None = None,
        contact_id: str | Unset = UNSET,
        order_url: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        total_price_tax: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        status: str | Unset = UNSET,
        cart_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        shipping_price: float | Unset = UNSET,
        shipping_address: NewAddress | NewAddressDict | Unset = UNSET,
        billing_status: str | Unset = UNSET,
        billing_address: NewAddress | NewAddressDict | Unset = UNSET,
        processed_at: datetime.datetime | str | Unset = UNSET,
        meta_fields: builtins.list[NewMetaField | NewMetaFieldDict] | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrderResponse:
        """Update order.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            order_id: The order ID
            contact_id: Create a contact by using POST /v3/contacts.
            order_url: The external URL for an order
            external_id: The external ID is the identifying string or number of the order given by another
                software
            total_price: The total price of an order
            total_price_tax: The total price tax of an order
            currency: The order currency code (ISO 4217)
            status: The status value
            cart_id: Create a cart by using POST /v3/shops/{shopId}/carts
            description: The order description
            shipping_price: The shipping price for an order
            billing_status: The billing status of an order
            processed_at: The exact time an order was made
            additional_flags: The additional flags parameter with the value skipAutomation will skip the
                triggering Make a purchase element in an automated workflow

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/orders/{orderId} (updateOrder). Reference: https://apireference.getresponse.com/#operation/updateOrder
        """
        from ..models.order_response import OrderResponse

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/orders/{path_value(order_id)}",
            cast_to=OrderResponse,
            params={"additionalFlags": additional_flags},
            json=json_body(
                "orders.update",
                body,
                {
                    "contact_id": contact_id,
                    "order_url": order_url,
                    "external_id": external_id,
                    "total_price": total_price,
                    "total_price_tax": total_price_tax,
                    "currency": currency,
                    "status": status,
                    "cart_id": cart_id,
                    "description": description,
                    "shipping_price": shipping_price,
                    "shipping_address": shipping_address,
                    "billing_status": billing_status,
                    "billing_address": billing_address,
                    "processed_at": processed_at,
                    "meta_fields": meta_fields,
                },
                ORDERS_UPDATE_WIRE,
            ),
            operation="updateOrder",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncOrdersResourceWithRawResponse(self._raw_copy())


class AsyncOrdersResourceWithRawResponse:
    """client.orders.with_raw_response."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
ORDERS_CREATE_WIRE = {
    "contact_id": "contactId",
    "total_price": "totalPrice",
    "currency": "currency",
    "selected_variants": "selectedVariants",
    "order_url": "orderUrl",
    "external_id": "externalId",
    "total_price_tax": "totalPriceTax",
    "status": "status",
    "cart_id": "cartId",
    "description": "description",
    "shipping_price": "shippingPrice",
    "shipping_address": "shippingAddress",
    "billing_status": "billingStatus",
    "billing_address": "billingAddress",
    "processed_at": "processedAt",
    "meta_fields": "metaFields",
}
ORDERS_UPDATE_WIRE = {
    "contact_id": "contactId",
    "order_url": "orderUrl",
    "external_id": "externalId",
    "total_price": "totalPrice",
    "total_price_tax": "totalPriceTax",
    "currency": "currency",
    "status": "status",
    "cart_id": "cartId",
    "description": "description",
    "shipping_price": "shippingPrice",
    "shipping_address": "shippingAddress",
    "billing_status": "billingStatus",
    "billing_address": "billingAddress",
    "processed_at": "processedAt",
    "meta_fields": "metaFields",
}
