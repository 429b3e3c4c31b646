"""Carts: client.carts (generated; do not edit)."""

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

    from ..models.cart import Cart, CartDict
    from ..models.new_cart import NewCart, NewCartDict
    from ..models.new_cart_selected_product_variant import (
        NewCartSelectedProductVariant,
        NewCartSelectedProductVariantDict,
    )
    from ..models.sort_order_enum import SortOrderEnum


class CartsResource(SyncResource):
    """Carts: client.carts."""

    @overload
    def create(
        self,
        shop_id: str,
        *,
        contact_id: str,
        total_price: float,
        currency: str,
        selected_variants: builtins.list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict],
        total_tax_price: float | Unset = UNSET,
        external_id: str | Unset = UNSET,
        cart_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart: ...

    @overload
    def create(
        self,
        shop_id: str,
        *,
        body: NewCart | NewCartDict,
        **options: Unpack[RequestOptions],
    ) -> Cart: ...

    def create(
        self,
        shop_id: str,
        *,
        body: NewCart | NewCartDict | None = None,
        contact_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        selected_variants: builtins.list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict]
        | Unset = UNSET,
        total_tax_price: float | Unset = UNSET,
        external_id: str | Unset = UNSET,
        cart_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart:
        """Create cart.

        Args:
            shop_id: The shop ID
            contact_id: The ID of the contact that the cart belongs to.
            total_price: The total cart price, tax excluded
            currency: The currency code (ISO 4217)
            total_tax_price: The total cart price, tax included
            external_id: The external ID is the identifying string or number of the cart, given by another
                software
            cart_url: The external cart URL

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/carts (createCart). Reference: https://apireference.getresponse.com/#operation/createCart
        """
        from ..models.cart import Cart

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/carts",
            cast_to=Cart,
            json=json_body(
                "carts.create",
                body,
                {
                    "contact_id": contact_id,
                    "total_price": total_price,
                    "currency": currency,
                    "selected_variants": selected_variants,
                    "total_tax_price": total_tax_price,
                    "external_id": external_id,
                    "cart_url": cart_url,
                },
                CARTS_CREATE_WIRE,
                required=("contact_id", "total_price", "currency", "selected_variants"),
            ),
            operation="createCart",
            options=options,
        )

    def delete(
        self,
        shop_id: str,
        cart_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete cart.

        Args:
            shop_id: The shop ID
            cart_id: The cart ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/carts/{cartId} (deleteCart). Reference: https://apireference.getresponse.com/#operation/deleteCart
        """

        return self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/carts/{path_value(cart_id)}",
            cast_to=None,
            operation="deleteCart",
            options=options,
        )

    def get(
        self,
        shop_id: str,
        cart_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart:
        """Get cart by ID.

        Args:
            shop_id: The shop ID
            cart_id: The cart ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/carts/{cartId} (getCart). Reference: https://apireference.getresponse.com/#operation/getCart
        """
        from ..models.cart import Cart

        return self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/carts/{path_value(cart_id)}",
            cast_to=Cart,
            params={"fields": fields},
            operation="getCart",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[Cart]:
        """Get shop carts.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            shop_id: The shop ID
            query_created_on_from: Search carts created from this date
            query_created_on_to: Search carts created to this date
            query_external_id: Search cart by external ID
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/carts (getCarts). Reference: https://apireference.getresponse.com/#operation/getCarts
        """
        from ..models.cart import Cart

        return self._page(
            f"/shops/{path_value(shop_id)}/carts",
            item=Cart,
            params={
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[externalId]": query_external_id,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getCarts",
            options=options,
        )

    @overload
    def update(
        self,
        shop_id: str,
        cart_id: str,
        *,
        contact_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        total_tax_price: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        selected_variants: builtins.list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict]
        | Unset = UNSET,
        external_id: str | Unset = UNSET,
        cart_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart: ...

    @overload
    def update(
        self,
        shop_id: str,
        cart_id: str,
        *,
        body: Cart | CartDict,
        **options: Unpack[RequestOptions],
    ) -> Cart: ...

    def update(
        self,
        shop_id: str,
        cart_id: str,
        *,
        body: Cart | CartDict | None = None,
        contact_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        total_tax_price: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        selected_variants: builtins.list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict]
        | Unset = UNSET,
        external_id: str | Unset = UNSET,
        cart_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart:
        """Update cart.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            cart_id: The cart ID
            contact_id: The ID of the contact that the cart belongs to.
            total_price: The total cart price, tax excluded
            total_tax_price: The total cart price, tax included
            currency: The currency code (ISO 4217)
            external_id: The external ID is the identifying string or number of the cart, given by another
                software
            cart_url: The external cart URL

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/carts/{cartId} (updateCart). Reference: https://apireference.getresponse.com/#operation/updateCart
        """
        from ..models.cart import Cart

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/carts/{path_value(cart_id)}",
            cast_to=Cart,
            json=json_body(
                "carts.update",
                body,
                {
                    "contact_id": contact_id,
                    "total_price": total_price,
                    "total_tax_price": total_tax_price,
                    "currency": currency,
                    "selected_variants": selected_variants,
                    "external_id": external_id,
                    "cart_url": cart_url,
                },
                CARTS_UPDATE_WIRE,
            ),
            operation="updateCart",
            options=options,
        )

    @property
    def with_raw_response(self) -> CartsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return CartsResourceWithRawResponse(self._raw_copy())


class CartsResourceWithRawResponse:
    """client.carts.with_raw_response."""

    def __init__(self, resource: CartsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncCartsResource(AsyncResource):
    """Carts: client.carts."""

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        contact_id: str,
        total_price: float,
        currency: str,
        selected_variants: builtins.list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict],
        total_tax_price: float | Unset = UNSET,
        external_id: str | Unset = UNSET,
        cart_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart: ...

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        body: NewCart | NewCartDict,
        **options: Unpack[RequestOptions],
    ) -> Cart: ...

    async def create(
        self,
        shop_id: str,
        *,
        body: NewCart | NewCartDict | None = None,
        contact_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        selected_variants: builtins.list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict]
        | Unset = UNSET,
        total_tax_price: float | Unset = UNSET,
        external_id: str | Unset = UNSET,
        cart_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart:
        """Create cart.

        Args:
            shop_id: The shop ID
            contact_id: The ID of the contact that the cart belongs to.
            total_price: The total cart price, tax excluded
            currency: The currency code (ISO 4217)
            total_tax_price: The total cart price, tax included
            external_id: The external ID is the identifying string or number of the cart, given by another
                software
            cart_url: The external cart URL

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/carts (createCart). Reference: https://apireference.getresponse.com/#operation/createCart
        """
        from ..models.cart import Cart

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/carts",
            cast_to=Cart,
            json=json_body(
                "carts.create",
                body,
                {
                    "contact_id": contact_id,
                    "total_price": total_price,
                    "currency": currency,
                    "selected_variants": selected_variants,
                    "total_tax_price": total_tax_price,
                    "external_id": external_id,
                    "cart_url": cart_url,
                },
                CARTS_CREATE_WIRE,
                required=("contact_id", "total_price", "currency", "selected_variants"),
            ),
            operation="createCart",
            options=options,
        )

    async def delete(
        self,
        shop_id: str,
        cart_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete cart.

        Args:
            shop_id: The shop ID
            cart_id: The cart ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/carts/{cartId} (deleteCart). Reference: https://apireference.getresponse.com/#operation/deleteCart
        """

        return await self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/carts/{path_value(cart_id)}",
            cast_to=None,
            operation="deleteCart",
            options=options,
        )

    async def get(
        self,
        shop_id: str,
        cart_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart:
        """Get cart by ID.

        Args:
            shop_id: The shop ID
            cart_id: The cart ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/carts/{cartId} (getCart). Reference: https://apireference.getresponse.com/#operation/getCart
        """
        from ..models.cart import Cart

        return await self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/carts/{path_value(cart_id)}",
            cast_to=Cart,
            params={"fields": fields},
            operation="getCart",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Cart]:
        """Get shop carts.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            shop_id: The shop ID
            query_created_on_from: Search carts created from this date
            query_created_on_to: Search carts created to this date
            query_external_id: Search cart by external ID
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/carts (getCarts). Reference: https://apireference.getresponse.com/#operation/getCarts
        """
        from ..models.cart import Cart

        return self._page(
            f"/shops/{path_value(shop_id)}/carts",
            item=Cart,
            params={
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[externalId]": query_external_id,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getCarts",
            options=options,
        )

    @overload
    async def update(
        self,
        shop_id: str,
        cart_id: str,
        *,
        contact_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        total_tax_price: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        selected_variants: builtins.list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict]
        | Unset = UNSET,
        external_id: str | Unset = UNSET,
        cart_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart: ...

    @overload
    async def update(
        self,
        shop_id: str,
        cart_id: str,
        *,
        body: Cart | CartDict,
        **options: Unpack[RequestOptions],
    ) -> Cart: ...

    async def update(
        self,
        shop_id: str,
        cart_id: str,
        *,
        body: Cart | CartDict | None = None,
        contact_id: str | Unset = UNSET,
        total_price: float | Unset = UNSET,
        total_tax_price: float | Unset = UNSET,
        currency: str | Unset = UNSET,
        selected_variants: builtins.list[NewCartSelectedProductVariant | NewCartSelectedProductVariantDict]
        | Unset = UNSET,
        external_id: str | Unset = UNSET,
        cart_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Cart:
        """Update cart.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            cart_id: The cart ID
            contact_id: The ID of the contact that the cart belongs to.
            total_price: The total cart price, tax excluded
            total_tax_price: The total cart price, tax included
            currency: The currency code (ISO 4217)
            external_id: The external ID is the identifying string or number of the cart, given by another
                software
            cart_url: The external cart URL

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/carts/{cartId} (updateCart). Reference: https://apireference.getresponse.com/#operation/updateCart
        """
        from ..models.cart import Cart

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/carts/{path_value(cart_id)}",
            cast_to=Cart,
            json=json_body(
                "carts.update",
                body,
                {
                    "contact_id": contact_id,
                    "total_price": total_price,
                    "total_tax_price": total_tax_price,
                    "currency": currency,
                    "selected_variants": selected_variants,
                    "external_id": external_id,
                    "cart_url": cart_url,
                },
                CARTS_UPDATE_WIRE,
            ),
            operation="updateCart",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncCartsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncCartsResourceWithRawResponse(self._raw_copy())


class AsyncCartsResourceWithRawResponse:
    """client.carts.with_raw_response."""

    def __init__(self, resource: AsyncCartsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
CARTS_CREATE_WIRE = {
    "contact_id": "contactId",
    "total_price": "totalPrice",
    "currency": "currency",
    "selected_variants": "selectedVariants",
    "total_tax_price": "totalTaxPrice",
    "external_id": "externalId",
    "cart_url": "cartUrl",
}
CARTS_UPDATE_WIRE = {
    "contact_id": "contactId",
    "total_price": "totalPrice",
    "total_tax_price": "totalTaxPrice",
    "currency": "currency",
    "selected_variants": "selectedVariants",
    "external_id": "externalId",
    "cart_url": "cartUrl",
}
