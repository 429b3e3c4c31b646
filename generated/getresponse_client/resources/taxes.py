"""Taxes: client.taxes (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from getresponse_runtime.pagination import ConsistentOrder
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

    from ..models.base_tax import BaseTax, BaseTaxDict
    from ..models.new_tax import NewTax, NewTaxDict
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.tax import Tax


class TaxesResource(SyncResource):
    """Taxes: client.taxes."""

    @overload
    def create(
        self,
        shop_id: str,
        *,
        name: str,
        rate: float,
        **options: Unpack[RequestOptions],
    ) -> Tax: ...

    @overload
    def create(
        self,
        shop_id: str,
        *,
        body: NewTax | NewTaxDict,
        **options: Unpack[RequestOptions],
    ) -> Tax: ...

    def create(
        self,
        shop_id: str,
        *,
        body: NewTax | NewTaxDict | None = None,
        name: str | Unset = UNSET,
        rate: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Tax:
        """Create tax.

        Args:
            shop_id: The shop ID
            name: The tax name
            rate: The rate value

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/taxes (createTax). Reference: https://apireference.getresponse.com/#operation/createTax
        """
        from ..models.tax import Tax

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/taxes",
            cast_to=Tax,
            json=json_body(
                "taxes.create",
                body,
                {"name": name, "rate": rate},
                TAXES_CREATE_WIRE,
                required=("name", "rate"),
            ),
            operation="createTax",
            options=options,
        )

    def delete(
        self,
        shop_id: str,
        tax_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete tax by ID.

        Args:
            shop_id: The shop ID
            tax_id: The tax ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/taxes/{taxId} (deleteTax). Reference: https://apireference.getresponse.com/#operation/deleteTax
        """

        return self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/taxes/{path_value(tax_id)}",
            cast_to=None,
            operation="deleteTax",
            options=options,
        )

    def get(
        self,
        shop_id: str,
        tax_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Tax:
        """Get a single tax by ID.

        Args:
            shop_id: The shop ID
            tax_id: The tax ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/taxes/{taxId} (getTaxById). Reference: https://apireference.getresponse.com/#operation/getTaxById
        """
        from ..models.tax import Tax

        return self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/taxes/{path_value(tax_id)}",
            cast_to=Tax,
            params={"fields": fields},
            operation="getTaxById",
            options=options,
        )

    def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[Tax]:
        """Get a list of taxes.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            shop_id: The shop ID
            query_name: Search tax by name
            query_created_on_from: Search tax created from this date
            query_created_on_to: Search tax created to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/taxes (getTaxList). Reference: https://apireference.getresponse.com/#operation/getTaxList
        """
        from ..models.tax import Tax

        return self._page(
            f"/shops/{path_value(shop_id)}/taxes",
            item=Tax,
            params={
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "taxId"),
            operation="getTaxList",
            options=options,
        )

    @overload
    def update(
        self,
        shop_id: str,
        tax_id: str,
        *,
        name: str | Unset = UNSET,
        rate: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Tax: ...

    @overload
    def update(
        self,
        shop_id: str,
        tax_id: str,
        *,
        body: BaseTax | BaseTaxDict,
        **options: Unpack[RequestOptions],
    ) -> Tax: ...

    def update(
        self,
        shop_id: str,
        tax_id: str,
        *,
        body: BaseTax | BaseTaxDict | None = None,
        name: str | Unset = UNSET,
        rate: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Tax:
        """Update tax.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            tax_id: The tax ID
            name: The tax name
            rate: The rate value

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/taxes/{taxId} (updateTax). Reference: https://apireference.getresponse.com/#operation/updateTax
        """
        from ..models.tax import Tax

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/taxes/{path_value(tax_id)}",
            cast_to=Tax,
            json=json_body(
                "taxes.update",
                body,
                {"name": name, "rate": rate},
                TAXES_UPDATE_WIRE,
            ),
            operation="updateTax",
            options=options,
        )

    @property
    def with_raw_response(self) -> TaxesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return TaxesResourceWithRawResponse(self._raw_copy())


class TaxesResourceWithRawResponse:
    """client.taxes.with_raw_response."""

    def __init__(self, resource: TaxesResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncTaxesResource(AsyncResource):
    """Taxes: client.taxes."""

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        name: str,
        rate: float,
        **options: Unpack[RequestOptions],
    ) -> Tax: ...

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        body: NewTax | NewTaxDict,
        **options: Unpack[RequestOptions],
    ) -> Tax: ...

    async def create(
        self,
        shop_id: str,
        *,
        body: NewTax | NewTaxDict | None = None,
        name: str | Unset = UNSET,
        rate: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Tax:
        """Create tax.

        Args:
            shop_id: The shop ID
            name: The tax name
            rate: The rate value

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/taxes (createTax). Reference: https://apireference.getresponse.com/#operation/createTax
        """
        from ..models.tax import Tax

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/taxes",
            cast_to=Tax,
            json=json_body(
                "taxes.create",
                body,
                {"name": name, "rate": rate},
                TAXES_CREATE_WIRE,
                required=("name", "rate"),
            ),
            operation="createTax",
            options=options,
        )

    async def delete(
        self,
        shop_id: str,
        tax_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete tax by ID.

        Args:
            shop_id: The shop ID
            tax_id: The tax ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/taxes/{taxId} (deleteTax). Reference: https://apireference.getresponse.com/#operation/deleteTax
        """

        return await self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/taxes/{path_value(tax_id)}",
            cast_to=None,
            operation="deleteTax",
            options=options,
        )

    async def get(
        self,
        shop_id: str,
        tax_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Tax:
        """Get a single tax by ID.

        Args:
            shop_id: The shop ID
            tax_id: The tax ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/taxes/{taxId} (getTaxById). Reference: https://apireference.getresponse.com/#operation/getTaxById
        """
        from ..models.tax import Tax

        return await self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/taxes/{path_value(tax_id)}",
            cast_to=Tax,
            params={"fields": fields},
            operation="getTaxById",
            options=options,
        )

    def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Tax]:
        """Get a list of taxes.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            shop_id: The shop ID
            query_name: Search tax by name
            query_created_on_from: Search tax created from this date
            query_created_on_to: Search tax created to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/taxes (getTaxList). Reference: https://apireference.getresponse.com/#operation/getTaxList
        """
        from ..models.tax import Tax

        return self._page(
            f"/shops/{path_value(shop_id)}/taxes",
            item=Tax,
            params={
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "taxId"),
            operation="getTaxList",
            options=options,
        )

    @overload
    async def update(
        self,
        shop_id: str,
        tax_id: str,
        *,
        name: str | Unset = UNSET,
        rate: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Tax: ...

    @overload
    async def update(
        self,
        shop_id: str,
        tax_id: str,
        *,
        body: BaseTax | BaseTaxDict,
        **options: Unpack[RequestOptions],
    ) -> Tax: ...

    async def update(
        self,
        shop_id: str,
        tax_id: str,
        *,
        body: BaseTax | BaseTaxDict | None = None,
        name: str | Unset = UNSET,
        rate: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Tax:
        """Update tax.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            tax_id: The tax ID
            name: The tax name
            rate: The rate value

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/taxes/{taxId} (updateTax). Reference: https://apireference.getresponse.com/#operation/updateTax
        """
        from ..models.tax import Tax

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/taxes/{path_value(tax_id)}",
            cast_to=Tax,
            json=json_body(
                "taxes.update",
                body,
                {"name": name, "rate": rate},
                TAXES_UPDATE_WIRE,
            ),
            operation="updateTax",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncTaxesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncTaxesResourceWithRawResponse(self._raw_copy())


class AsyncTaxesResourceWithRawResponse:
    """client.taxes.with_raw_response."""

    def __init__(self, resource: AsyncTaxesResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
TAXES_CREATE_WIRE = {"name": "name", "rate": "rate"}
TAXES_UPDATE_WIRE = {"name": "name", "rate": "rate"}
