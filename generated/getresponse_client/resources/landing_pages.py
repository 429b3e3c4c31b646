"""Landing Pages: client.landing_pages (generated; do not edit)."""

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
    from ..models.get_lps_list_querystatus import GetLpsListQuerystatus
    from ..models.lps import Lps
    from ..models.lps_details import LpsDetails
    from ..models.sort_order_enum import SortOrderEnum


class LandingPagesRawResource(SyncResource):
    """client.landing_pages.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        lps_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[LpsDetails]:
        """Get a single landing page by ID. Returns the raw response with the parsed body."""
        from ..api.landing_pages import get_lps_by_id as op

        return self._call(
            op._get_kwargs(
                lps_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetLpsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_visits: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Lps]]:
        """Get the list of landing pages. Returns the raw response with the parsed body."""
        from ..api.landing_pages import get_lps_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortvisits=sort_visits,
                sortleads=sort_leads,
                sortsubscription_rate=sort_subscription_rate,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class LandingPagesResource(SyncResource):
    """Landing Pages: client.landing_pages."""

    @cached_property
    def with_raw_response(self) -> LandingPagesRawResource:
        return LandingPagesRawResource(self._transport)

    def get(
        self,
        lps_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> LpsDetails:
        """Get a single landing page by ID.

        GET /lps/{lpsId} (getLpsById). Reference: https://apireference.getresponse.com/#operation/getLpsById
        """
        return (
            self.with_raw_response.get(
                lps_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetLpsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_visits: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Lps]:
        """Get the list of landing pages.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /lps (getLpsList). Reference: https://apireference.getresponse.com/#operation/getLpsList
        """
        from ..api.landing_pages import get_lps_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortvisits=sort_visits,
                sortleads=sort_leads,
                sortsubscription_rate=sort_subscription_rate,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncLandingPagesRawResource(AsyncResource):
    """client.landing_pages.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        lps_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[LpsDetails]:
        """Get a single landing page by ID. Returns the raw response with the parsed body."""
        from ..api.landing_pages import get_lps_by_id as op

        return await self._call(
            op._get_kwargs(
                lps_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetLpsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_visits: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Lps]]:
        """Get the list of landing pages. Returns the raw response with the parsed body."""
        from ..api.landing_pages import get_lps_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortvisits=sort_visits,
                sortleads=sort_leads,
                sortsubscription_rate=sort_subscription_rate,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncLandingPagesResource(AsyncResource):
    """Landing Pages: client.landing_pages."""

    @cached_property
    def with_raw_response(self) -> AsyncLandingPagesRawResource:
        return AsyncLandingPagesRawResource(self._transport)

    async def get(
        self,
        lps_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> LpsDetails:
        """Get a single landing page by ID.

        GET /lps/{lpsId} (getLpsById). Reference: https://apireference.getresponse.com/#operation/getLpsById
        """
        return (
            await self.with_raw_response.get(
                lps_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetLpsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_visits: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Lps]:
        """Get the list of landing pages.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /lps (getLpsList). Reference: https://apireference.getresponse.com/#operation/getLpsList
        """
        from ..api.landing_pages import get_lps_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortvisits=sort_visits,
                sortleads=sort_leads,
                sortsubscription_rate=sort_subscription_rate,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
