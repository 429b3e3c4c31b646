"""Website: client.website (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.responses import RawResponse
    from ..models.get_wbe_general_performance_stats_querydevice import GetWbeGeneralPerformanceStatsQuerydevice
    from ..models.website_stats import WebsiteStats


class WebsiteRawResource(SyncResource):
    """client.website.with_raw_response: the same calls, returning status, headers and body too."""

    def get_wbe_general_performance_stats(
        self,
        website_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetWbeGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[WebsiteStats]:
        """Get details for website statistics. Returns the raw response with the parsed body."""
        from ..api.website import get_wbe_general_performance_stats as op

        return self._call(
            op._get_kwargs(
                website_id,
                querydatefrom=query_date_from,
                querydateto=query_date_to,
                querylocation=query_location,
                querydevice=query_device,
                querypage=query_page,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class WebsiteResource(SyncResource):
    """Website: client.website."""

    @cached_property
    def with_raw_response(self) -> WebsiteRawResource:
        return WebsiteRawResource(self._transport)

    def get_wbe_general_performance_stats(
        self,
        website_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetWbeGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> WebsiteStats:
        """Get details for website statistics.

        GET /statistics/wbe/{websiteId}/performance (getWbeGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getWbeGeneralPerformanceStats
        """
        return (
            self.with_raw_response.get_wbe_general_performance_stats(
                website_id,
                query_date_from=query_date_from,
                query_date_to=query_date_to,
                query_location=query_location,
                query_device=query_device,
                query_page=query_page,
                fields=fields,
            )
        ).parsed


class AsyncWebsiteRawResource(AsyncResource):
    """client.website.with_raw_response: the same calls, returning status, headers and body too."""

    async def get_wbe_general_performance_stats(
        self,
        website_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetWbeGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[WebsiteStats]:
        """Get details for website statistics. Returns the raw response with the parsed body."""
        from ..api.website import get_wbe_general_performance_stats as op

        return await self._call(
            op._get_kwargs(
                website_id,
                querydatefrom=query_date_from,
                querydateto=query_date_to,
                querylocation=query_location,
                querydevice=query_device,
                querypage=query_page,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncWebsiteResource(AsyncResource):
    """Website: client.website."""

    @cached_property
    def with_raw_response(self) -> AsyncWebsiteRawResource:
        return AsyncWebsiteRawResource(self._transport)

    async def get_wbe_general_performance_stats(
        self,
        website_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetWbeGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> WebsiteStats:
        """Get details for website statistics.

        GET /statistics/wbe/{websiteId}/performance (getWbeGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getWbeGeneralPerformanceStats
        """
        return (
            await self.with_raw_response.get_wbe_general_performance_stats(
                website_id,
                query_date_from=query_date_from,
                query_date_to=query_date_to,
                query_location=query_location,
                query_device=query_device,
                query_page=query_page,
                fields=fields,
            )
        ).parsed
