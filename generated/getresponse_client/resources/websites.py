"""Websites: client.websites (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_pager,
    async_raw_response,
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

    from ..models.get_wbe_general_performance_stats_querydevice import GetWbeGeneralPerformanceStatsQuerydevice
    from ..models.get_websites_list_querystatus import GetWebsitesListQuerystatus
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.website import Website
    from ..models.website_details import WebsiteDetails
    from ..models.website_stats import WebsiteStats


class WebsitesResource(SyncResource):
    """Websites: client.websites."""

    def get(
        self,
        website_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebsiteDetails:
        """Get a single Website by ID.

        Args:
            website_id: The website ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /websites/{websiteId} (getWebsiteById). Reference: https://apireference.getresponse.com/#operation/getWebsiteById
        """
        from ..models.website_details import WebsiteDetails

        return self._request(
            "GET",
            f"/websites/{path_value(website_id)}",
            cast_to=WebsiteDetails,
            params={"fields": fields},
            operation="getWebsiteById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[Website]:
        """Get the list of websites.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search websites by name
            query_status: Search websites by status
            stats_from: Show statistics for websites from this date
            stats_to: Show statistics for websites to this date
            sort_name: Sort websites by name
            sort_created_at: Sort websites by creation date
            sort_updated_at: Sort websites by modification date
            sort_page_views: Sort websites by page views
            sort_visits: Sort by number of site visits
            sort_unique_visitors: Sort by number of unique visitors
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /websites (getWebsitesList). Reference: https://apireference.getresponse.com/#operation/getWebsitesList
        """
        from ..models.website import Website

        return self._page(
            "/websites",
            item=Website,
            params={
                "query[name]": query_name,
                "query[status]": query_status,
                "stats[from]": stats_from,
                "stats[to]": stats_to,
                "sort[name]": sort_name,
                "sort[createdAt]": sort_created_at,
                "sort[updatedAt]": sort_updated_at,
                "sort[pageViews]": sort_page_views,
                "sort[visits]": sort_visits,
                "sort[uniqueVisitors]": sort_unique_visitors,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getWebsitesList",
            options=options,
        )

    def get_performance(
        self,
        website_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetWbeGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebsiteStats:
        """Get details for website statistics.

        Args:
            website_id: The website ID
            query_date_from: Show a single website statistics from this date
            query_date_to: Show a single website statistics to this date
            query_location: Website statistics by location
            query_device: Website statistics by device
            query_page: Website statistics by a page UUID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/wbe/{websiteId}/performance (getWbeGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getWbeGeneralPerformanceStats
        """
        from ..models.website_stats import WebsiteStats

        return self._request(
            "GET",
            f"/statistics/wbe/{path_value(website_id)}/performance",
            cast_to=WebsiteStats,
            params={
                "query[date][from]": query_date_from,
                "query[date][to]": query_date_to,
                "query[location]": query_location,
                "query[device]": query_device,
                "query[page]": query_page,
                "fields": fields,
            },
            operation="getWbeGeneralPerformanceStats",
            options=options,
        )

    @property
    def with_raw_response(self) -> WebsitesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return WebsitesResourceWithRawResponse(self._raw_copy())


class WebsitesResourceWithRawResponse:
    """client.websites.with_raw_response."""

    def __init__(self, resource: WebsitesResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.get_performance = raw_response(resource.get_performance)


class AsyncWebsitesResource(AsyncResource):
    """Websites: client.websites."""

    async def get(
        self,
        website_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebsiteDetails:
        """Get a single Website by ID.

        Args:
            website_id: The website ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /websites/{websiteId} (getWebsiteById). Reference: https://apireference.getresponse.com/#operation/getWebsiteById
        """
        from ..models.website_details import WebsiteDetails

        return await self._request(
            "GET",
            f"/websites/{path_value(website_id)}",
            cast_to=WebsiteDetails,
            params={"fields": fields},
            operation="getWebsiteById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Website]:
        """Get the list of websites.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search websites by name
            query_status: Search websites by status
            stats_from: Show statistics for websites from this date
            stats_to: Show statistics for websites to this date
            sort_name: Sort websites by name
            sort_created_at: Sort websites by creation date
            sort_updated_at: Sort websites by modification date
            sort_page_views: Sort websites by page views
            sort_visits: Sort by number of site visits
            sort_unique_visitors: Sort by number of unique visitors
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /websites (getWebsitesList). Reference: https://apireference.getresponse.com/#operation/getWebsitesList
        """
        from ..models.website import Website

        return self._page(
            "/websites",
            item=Website,
            params={
                "query[name]": query_name,
                "query[status]": query_status,
                "stats[from]": stats_from,
                "stats[to]": stats_to,
                "sort[name]": sort_name,
                "sort[createdAt]": sort_created_at,
                "sort[updatedAt]": sort_updated_at,
                "sort[pageViews]": sort_page_views,
                "sort[visits]": sort_visits,
                "sort[uniqueVisitors]": sort_unique_visitors,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getWebsitesList",
            options=options,
        )

    async def get_performance(
        self,
        website_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetWbeGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebsiteStats:
        """Get details for website statistics.

        Args:
            website_id: The website ID
            query_date_from: Show a single website statistics from this date
            query_date_to: Show a single website statistics to this date
            query_location: Website statistics by location
            query_device: Website statistics by device
            query_page: Website statistics by a page UUID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/wbe/{websiteId}/performance (getWbeGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getWbeGeneralPerformanceStats
        """
        from ..models.website_stats import WebsiteStats

        return await self._request(
            "GET",
            f"/statistics/wbe/{path_value(website_id)}/performance",
            cast_to=WebsiteStats,
            params={
                "query[date][from]": query_date_from,
                "query[date][to]": query_date_to,
                "query[location]": query_location,
                "query[device]": query_device,
                "query[page]": query_page,
                "fields": fields,
            },
            operation="getWbeGeneralPerformanceStats",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncWebsitesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncWebsitesResourceWithRawResponse(self._raw_copy())


class AsyncWebsitesResourceWithRawResponse:
    """client.websites.with_raw_response."""

    def __init__(self, resource: AsyncWebsitesResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.get_performance = async_raw_response(resource.get_performance)
