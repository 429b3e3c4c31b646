"""Websites: client.websites (generated; do not edit)."""

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
    from ..models.get_websites_list_querystatus import GetWebsitesListQuerystatus
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.website import Website
    from ..models.website_details import WebsiteDetails


class WebsitesRawResource(SyncResource):
    """client.websites.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        website_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[WebsiteDetails]:
        """Get a single Website by ID. Returns the raw response with the parsed body."""
        from ..api.websites import get_website_by_id as op

        return self._call(
            op._get_kwargs(
                website_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetWebsitesListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_page_views: SortOrderEnum | Unset = UNSET,
        sort_visits: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Website]]:
        """Get the list of websites. Returns the raw response with the parsed body."""
        from ..api.websites import get_websites_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortpage_views=sort_page_views,
                sortvisits=sort_visits,
                sortunique_visitors=sort_unique_visitors,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class WebsitesResource(SyncResource):
    """Websites: client.websites."""

    @cached_property
    def with_raw_response(self) -> WebsitesRawResource:
        return WebsitesRawResource(self._transport)

    def get(
        self,
        website_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> WebsiteDetails:
        """Get a single Website by ID.

        GET /websites/{websiteId} (getWebsiteById). Reference: https://apireference.getresponse.com/#operation/getWebsiteById
        """
        return (
            self.with_raw_response.get(
                website_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetWebsitesListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_page_views: SortOrderEnum | Unset = UNSET,
        sort_visits: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Website]:
        """Get the list of websites.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /websites (getWebsitesList). Reference: https://apireference.getresponse.com/#operation/getWebsitesList
        """
        from ..api.websites import get_websites_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortpage_views=sort_page_views,
                sortvisits=sort_visits,
                sortunique_visitors=sort_unique_visitors,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncWebsitesRawResource(AsyncResource):
    """client.websites.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        website_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[WebsiteDetails]:
        """Get a single Website by ID. Returns the raw response with the parsed body."""
        from ..api.websites import get_website_by_id as op

        return await self._call(
            op._get_kwargs(
                website_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetWebsitesListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_page_views: SortOrderEnum | Unset = UNSET,
        sort_visits: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Website]]:
        """Get the list of websites. Returns the raw response with the parsed body."""
        from ..api.websites import get_websites_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortpage_views=sort_page_views,
                sortvisits=sort_visits,
                sortunique_visitors=sort_unique_visitors,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncWebsitesResource(AsyncResource):
    """Websites: client.websites."""

    @cached_property
    def with_raw_response(self) -> AsyncWebsitesRawResource:
        return AsyncWebsitesRawResource(self._transport)

    async def get(
        self,
        website_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> WebsiteDetails:
        """Get a single Website by ID.

        GET /websites/{websiteId} (getWebsiteById). Reference: https://apireference.getresponse.com/#operation/getWebsiteById
        """
        return (
            await self.with_raw_response.get(
                website_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetWebsitesListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_page_views: SortOrderEnum | Unset = UNSET,
        sort_visits: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Website]:
        """Get the list of websites.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /websites (getWebsitesList). Reference: https://apireference.getresponse.com/#operation/getWebsitesList
        """
        from ..api.websites import get_websites_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortpage_views=sort_page_views,
                sortvisits=sort_visits,
                sortunique_visitors=sort_unique_visitors,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
