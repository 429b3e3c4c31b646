"""Taxes: client.taxes (generated; do not edit)."""

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
    from ..models.base_tax import BaseTax
    from ..models.new_tax import NewTax
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.tax import Tax


class TaxesRawResource(SyncResource):
    """client.taxes.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        shop_id: str,
        body: NewTax | Unset = UNSET,
    ) -> RawResponse[Tax]:
        """Create tax. Returns the raw response with the parsed body."""
        from ..api.taxes import create_tax as op

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
        tax_id: str,
    ) -> RawResponse[None]:
        """Delete tax by ID. Returns the raw response with the parsed body."""
        from ..api.taxes import delete_tax as op

        return self._call(
            op._get_kwargs(
                shop_id,
                tax_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        shop_id: str,
        tax_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Tax]:
        """Get a single tax by ID. Returns the raw response with the parsed body."""
        from ..api.taxes import get_tax_by_id as op

        return self._call(
            op._get_kwargs(
                shop_id,
                tax_id,
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
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Tax]]:
        """Get a list of taxes. Returns the raw response with the parsed body."""
        from ..api.taxes import get_tax_list as op

        return self._call(
            op._get_kwargs(
                shop_id,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
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
        tax_id: str,
        body: BaseTax | Unset = UNSET,
    ) -> RawResponse[Tax]:
        """Update tax. Returns the raw response with the parsed body."""
        from ..api.taxes import update_tax as op

        return self._call(
            op._get_kwargs(
                shop_id,
                tax_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class TaxesResource(SyncResource):
    """Taxes: client.taxes."""

    @cached_property
    def with_raw_response(self) -> TaxesRawResource:
        return TaxesRawResource(self._transport)

    def create(
        self,
        shop_id: str,
        body: NewTax | Unset = UNSET,
    ) -> Tax:
        """Create tax.

        POST /shops/{shopId}/taxes (createTax). Reference: https://apireference.getresponse.com/#operation/createTax
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
        tax_id: str,
    ) -> None:
        """Delete tax by ID.

        DELETE /shops/{shopId}/taxes/{taxId} (deleteTax). Reference: https://apireference.getresponse.com/#operation/deleteTax
        """
        return (
            self.with_raw_response.delete(
                shop_id,
                tax_id,
            )
        ).parsed

    def get(
        self,
        shop_id: str,
        tax_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Tax:
        """Get a single tax by ID.

        GET /shops/{shopId}/taxes/{taxId} (getTaxById). Reference: https://apireference.getresponse.com/#operation/getTaxById
        """
        return (
            self.with_raw_response.get(
                shop_id,
                tax_id,
                fields=fields,
            )
        ).parsed

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
    ) -> Page[Tax]:
        """Get a list of taxes.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/taxes (getTaxList). Reference: https://apireference.getresponse.com/#operation/getTaxList
        """
        from ..api.taxes import get_tax_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
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
        tax_id: str,
        body: BaseTax | Unset = UNSET,
    ) -> Tax:
        """Update tax.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/taxes/{taxId} (updateTax). Reference: https://apireference.getresponse.com/#operation/updateTax
        """
        return (
            self.with_raw_response.update(
                shop_id,
                tax_id,
                body,
            )
        ).parsed


class AsyncTaxesRawResource(AsyncResource):
    """client.taxes.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        shop_id: str,
        body: NewTax | Unset = UNSET,
    ) -> RawResponse[Tax]:
        """Create tax. Returns the raw response with the parsed body."""
        from ..api.taxes import create_tax as op

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
        tax_id: str,
    ) -> RawResponse[None]:
        """Delete tax by ID. Returns the raw response with the parsed body."""
        from ..api.taxes import delete_tax as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                tax_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        shop_id: str,
        tax_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Tax]:
        """Get a single tax by ID. Returns the raw response with the parsed body."""
        from ..api.taxes import get_tax_by_id as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                tax_id,
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
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Tax]]:
        """Get a list of taxes. Returns the raw response with the parsed body."""
        from ..api.taxes import get_tax_list as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
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
        tax_id: str,
        body: BaseTax | Unset = UNSET,
    ) -> RawResponse[Tax]:
        """Update tax. Returns the raw response with the parsed body."""
        from ..api.taxes import update_tax as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                tax_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncTaxesResource(AsyncResource):
    """Taxes: client.taxes."""

    @cached_property
    def with_raw_response(self) -> AsyncTaxesRawResource:
        return AsyncTaxesRawResource(self._transport)

    async def create(
        self,
        shop_id: str,
        body: NewTax | Unset = UNSET,
    ) -> Tax:
        """Create tax.

        POST /shops/{shopId}/taxes (createTax). Reference: https://apireference.getresponse.com/#operation/createTax
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
        tax_id: str,
    ) -> None:
        """Delete tax by ID.

        DELETE /shops/{shopId}/taxes/{taxId} (deleteTax). Reference: https://apireference.getresponse.com/#operation/deleteTax
        """
        return (
            await self.with_raw_response.delete(
                shop_id,
                tax_id,
            )
        ).parsed

    async def get(
        self,
        shop_id: str,
        tax_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Tax:
        """Get a single tax by ID.

        GET /shops/{shopId}/taxes/{taxId} (getTaxById). Reference: https://apireference.getresponse.com/#operation/getTaxById
        """
        return (
            await self.with_raw_response.get(
                shop_id,
                tax_id,
                fields=fields,
            )
        ).parsed

    async def list(
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
    ) -> AsyncPage[Tax]:
        """Get a list of taxes.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/taxes (getTaxList). Reference: https://apireference.getresponse.com/#operation/getTaxList
        """
        from ..api.taxes import get_tax_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
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
        tax_id: str,
        body: BaseTax | Unset = UNSET,
    ) -> Tax:
        """Update tax.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/taxes/{taxId} (updateTax). Reference: https://apireference.getresponse.com/#operation/updateTax
        """
        return (
            await self.with_raw_response.update(
                shop_id,
                tax_id,
                body,
            )
        ).parsed
