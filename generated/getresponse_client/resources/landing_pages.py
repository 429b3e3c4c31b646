"""Landing Pages: client.landing_pages (generated; do not edit)."""

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

    from ..models.get_lps_general_performance_stats_querydevice import GetLpsGeneralPerformanceStatsQuerydevice
    from ..models.get_lps_list_querystatus import GetLpsListQuerystatus
    from ..models.lps import Lps
    from ..models.lps_details import LpsDetails
    from ..models.lps_stats import LpsStats
    from ..models.sort_order_enum import SortOrderEnum


class LandingPagesResource(SyncResource):
    """Landing Pages: client.landing_pages."""

    def get(
        self,
        landing_page_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LpsDetails:
        """Get a single landing page by ID.

        Args:
            landing_page_id: The landing page ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /lps/{lpsId} (getLpsById). Reference: https://apireference.getresponse.com/#operation/getLpsById
        """
        from ..models.lps_details import LpsDetails

        return self._request(
            "GET",
            f"/lps/{path_value(landing_page_id)}",
            cast_to=LpsDetails,
            params={"fields": fields},
            operation="getLpsById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[Lps]:
        """Get the list of landing pages.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search landing pages by name
            query_status: Search landing pages by status
            stats_from: Show statistics for landing pages from this date
            stats_to: Show statistics for landing pages to this date
            sort_name: Sort landing pages by name
            sort_created_at: Sort landing pages by creation date
            sort_updated_at: Sort landing pages by modification date
            sort_visits: Sort by number of page visits
            sort_leads: Sort landing pages by number of leads
            sort_subscription_rate: Sort by subscription rate
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /lps (getLpsList). Reference: https://apireference.getresponse.com/#operation/getLpsList
        """
        from ..models.lps import Lps

        return self._page(
            "/lps",
            item=Lps,
            params={
                "query[name]": query_name,
                "query[status]": query_status,
                "stats[from]": stats_from,
                "stats[to]": stats_to,
                "sort[name]": sort_name,
                "sort[createdAt]": sort_created_at,
                "sort[updatedAt]": sort_updated_at,
                "sort[visits]": sort_visits,
                "sort[leads]": sort_leads,
                "sort[subscriptionRate]": sort_subscription_rate,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getLpsList",
            options=options,
        )

    def get_performance(
        self,
        landing_page_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LpsStats:
        """Get details for landing page statistics.

        Args:
            landing_page_id: The landing page ID
            query_date_from: Show a single landing page statistics from this date
            query_date_to: Show a single landing page statistics to this date
            query_location: Landing page statistics by location
            query_device: Landing page statistics by device
            query_page: Landing page statistics by page UUID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/lps/{lpsId}/performance (getLpsGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getLpsGeneralPerformanceStats
        """
        from ..models.lps_stats import LpsStats

        return self._request(
            "GET",
            f"/statistics/lps/{path_value(landing_page_id)}/performance",
            cast_to=LpsStats,
            params={
                "query[date][from]": query_date_from,
                "query[date][to]": query_date_to,
                "query[location]": query_location,
                "query[device]": query_device,
                "query[page]": query_page,
                "fields": fields,
            },
            operation="getLpsGeneralPerformanceStats",
            options=options,
        )

    @property
    def with_raw_response(self) -> LandingPagesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return LandingPagesResourceWithRawResponse(self._raw_copy())


class LandingPagesResourceWithRawResponse:
    """client.landing_pages.with_raw_response."""

    def __init__(self, resource: LandingPagesResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.get_performance = raw_response(resource.get_performance)


class AsyncLandingPagesResource(AsyncResource):
    """Landing Pages: client.landing_pages."""

    async def get(
        self,
        landing_page_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LpsDetails:
        """Get a single landing page by ID.

        Args:
            landing_page_id: The landing page ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /lps/{lpsId} (getLpsById). Reference: https://apireference.getresponse.com/#operation/getLpsById
        """
        from ..models.lps_details import LpsDetails

        return await self._request(
            "GET",
            f"/lps/{path_value(landing_page_id)}",
            cast_to=LpsDetails,
            params={"fields": fields},
            operation="getLpsById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Lps]:
        """Get the list of landing pages.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search landing pages by name
            query_status: Search landing pages by status
            stats_from: Show statistics for landing pages from this date
            stats_to: Show statistics for landing pages to this date
            sort_name: Sort landing pages by name
            sort_created_at: Sort landing pages by creation date
            sort_updated_at: Sort landing pages by modification date
            sort_visits: Sort by number of page visits
            sort_leads: Sort landing pages by number of leads
            sort_subscription_rate: Sort by subscription rate
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /lps (getLpsList). Reference: https://apireference.getresponse.com/#operation/getLpsList
        """
        from ..models.lps import Lps

        return self._page(
            "/lps",
            item=Lps,
            params={
                "query[name]": query_name,
                "query[status]": query_status,
                "stats[from]": stats_from,
                "stats[to]": stats_to,
                "sort[name]": sort_name,
                "sort[createdAt]": sort_created_at,
                "sort[updatedAt]": sort_updated_at,
                "sort[visits]": sort_visits,
                "sort[leads]": sort_leads,
                "sort[subscriptionRate]": sort_subscription_rate,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getLpsList",
            options=options,
        )

    async def get_performance(
        self,
        landing_page_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LpsStats:
        """Get details for landing page statistics.

        Args:
            landing_page_id: The landing page ID
            query_date_from: Show a single landing page statistics from this date
            query_date_to: Show a single landing page statistics to this date
            query_location: Landing page statistics by location
            query_device: Landing page statistics by device
            query_page: Landing page statistics by page UUID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/lps/{lpsId}/performance (getLpsGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getLpsGeneralPerformanceStats
        """
        from ..models.lps_stats import LpsStats

        return await self._request(
            "GET",
            f"/statistics/lps/{path_value(landing_page_id)}/performance",
            cast_to=LpsStats,
            params={
                "query[date][from]": query_date_from,
                "query[date][to]": query_date_to,
                "query[location]": query_location,
                "query[device]": query_device,
                "query[page]": query_page,
                "fields": fields,
            },
            operation="getLpsGeneralPerformanceStats",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncLandingPagesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncLandingPagesResourceWithRawResponse(self._raw_copy())


class AsyncLandingPagesResourceWithRawResponse:
    """client.landing_pages.with_raw_response."""

    def __init__(self, resource: AsyncLandingPagesResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.get_performance = async_raw_response(resource.get_performance)
