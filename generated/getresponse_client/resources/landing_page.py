"""Landing Page: client.landing_page (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.responses import RawResponse
    from ..models.get_lps_general_performance_stats_querydevice import GetLpsGeneralPerformanceStatsQuerydevice
    from ..models.lps_stats import LpsStats


class LandingPageRawResource(SyncResource):
    """client.landing_page.with_raw_response: the same calls, returning status, headers and body too."""

    def get_lps_general_performance_stats(
        self,
        lps_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[LpsStats]:
        """Get details for landing page statistics. Returns the raw response with the parsed body."""
        from ..api.landing_page import get_lps_general_performance_stats as op

        return self._call(
            op._get_kwargs(
                lps_id,
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


class LandingPageResource(SyncResource):
    """Landing Page: client.landing_page."""

    @cached_property
    def with_raw_response(self) -> LandingPageRawResource:
        return LandingPageRawResource(self._transport)

    def get_lps_general_performance_stats(
        self,
        lps_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> LpsStats:
        """Get details for landing page statistics.

        GET /statistics/lps/{lpsId}/performance (getLpsGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getLpsGeneralPerformanceStats
        """
        return (
            self.with_raw_response.get_lps_general_performance_stats(
                lps_id,
                query_date_from=query_date_from,
                query_date_to=query_date_to,
                query_location=query_location,
                query_device=query_device,
                query_page=query_page,
                fields=fields,
            )
        ).parsed


class AsyncLandingPageRawResource(AsyncResource):
    """client.landing_page.with_raw_response: the same calls, returning status, headers and body too."""

    async def get_lps_general_performance_stats(
        self,
        lps_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[LpsStats]:
        """Get details for landing page statistics. Returns the raw response with the parsed body."""
        from ..api.landing_page import get_lps_general_performance_stats as op

        return await self._call(
            op._get_kwargs(
                lps_id,
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


class AsyncLandingPageResource(AsyncResource):
    """Landing Page: client.landing_page."""

    @cached_property
    def with_raw_response(self) -> AsyncLandingPageRawResource:
        return AsyncLandingPageRawResource(self._transport)

    async def get_lps_general_performance_stats(
        self,
        lps_id: str,
        *,
        query_date_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_date_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
        query_page: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> LpsStats:
        """Get details for landing page statistics.

        GET /statistics/lps/{lpsId}/performance (getLpsGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getLpsGeneralPerformanceStats
        """
        return (
            await self.with_raw_response.get_lps_general_performance_stats(
                lps_id,
                query_date_from=query_date_from,
                query_date_to=query_date_to,
                query_location=query_location,
                query_device=query_device,
                query_page=query_page,
                fields=fields,
            )
        ).parsed
