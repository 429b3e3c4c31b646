"""Ecommerce: client.ecommerce (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_response,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Unpack

    from getresponse_runtime.transport import RequestOptions

    from ..models.general_performance_stats import GeneralPerformanceStats
    from ..models.revenue_statistics import RevenueStatistics


class EcommerceResource(SyncResource):
    """Ecommerce: client.ecommerce."""

    def get_performance(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GeneralPerformanceStats:
        """Get the ecommerce general performance statistics.

        Args:
            query_order_date_from: Show statistics for orders from this date
            query_order_date_to: Show statistics for orders to this date
            query_shop_id: Search statistics by shop ID.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/ecommerce/performance (getGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getGeneralPerformanceStats
        """
        from ..models.general_performance_stats import GeneralPerformanceStats

        return self._request(
            "GET",
            "/statistics/ecommerce/performance",
            cast_to=GeneralPerformanceStats,
            params={
                "query[orderDate][from]": query_order_date_from,
                "query[orderDate][to]": query_order_date_to,
                "query[shopId]": query_shop_id,
                "fields": fields,
            },
            operation="getGeneralPerformanceStats",
            options=options,
        )

    def get_revenue(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RevenueStatistics:
        """Get the ecommerce revenue statistics.

        Args:
            query_order_date_from: Show statistics for orders from this date
            query_order_date_to: Show statistics for orders to this date
            query_shop_id: Search statistics by shop ID.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/ecommerce/revenue (getRevenueStats). Reference: https://apireference.getresponse.com/#operation/getRevenueStats
        """
        from ..models.revenue_statistics import RevenueStatistics

        return self._request(
            "GET",
            "/statistics/ecommerce/revenue",
            cast_to=RevenueStatistics,
            params={
                "query[orderDate][from]": query_order_date_from,
                "query[orderDate][to]": query_order_date_to,
                "query[shopId]": query_shop_id,
                "fields": fields,
            },
            operation="getRevenueStats",
            options=options,
        )

    @property
    def with_raw_response(self) -> EcommerceResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return EcommerceResourceWithRawResponse(self._raw_copy())


class EcommerceResourceWithRawResponse:
    """client.ecommerce.with_raw_response."""

    def __init__(self, resource: EcommerceResource) -> None:
        self.get_performance = raw_response(resource.get_performance)
        self.get_revenue = raw_response(resource.get_revenue)


class AsyncEcommerceResource(AsyncResource):
    """Ecommerce: client.ecommerce."""

    async def get_performance(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GeneralPerformanceStats:
        """Get the ecommerce general performance statistics.

        Args:
            query_order_date_from: Show statistics for orders from this date
            query_order_date_to: Show statistics for orders to this date
            query_shop_id: Search statistics by shop ID.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/ecommerce/performance (getGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getGeneralPerformanceStats
        """
        from ..models.general_performance_stats import GeneralPerformanceStats

        return await self._request(
            "GET",
            "/statistics/ecommerce/performance",
            cast_to=GeneralPerformanceStats,
            params={
                "query[orderDate][from]": query_order_date_from,
                "query[orderDate][to]": query_order_date_to,
                "query[shopId]": query_shop_id,
                "fields": fields,
            },
            operation="getGeneralPerformanceStats",
            options=options,
        )

    async def get_revenue(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RevenueStatistics:
        """Get the ecommerce revenue statistics.

        Args:
            query_order_date_from: Show statistics for orders from this date
            query_order_date_to: Show statistics for orders to this date
            query_shop_id: Search statistics by shop ID.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/ecommerce/revenue (getRevenueStats). Reference: https://apireference.getresponse.com/#operation/getRevenueStats
        """
        from ..models.revenue_statistics import RevenueStatistics

        return await self._request(
            "GET",
            "/statistics/ecommerce/revenue",
            cast_to=RevenueStatistics,
            params={
                "query[orderDate][from]": query_order_date_from,
                "query[orderDate][to]": query_order_date_to,
                "query[shopId]": query_shop_id,
                "fields": fields,
            },
            operation="getRevenueStats",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncEcommerceResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncEcommerceResourceWithRawResponse(self._raw_copy())


class AsyncEcommerceResourceWithRawResponse:
    """client.ecommerce.with_raw_response."""

    def __init__(self, resource: AsyncEcommerceResource) -> None:
        self.get_performance = async_raw_response(resource.get_performance)
        self.get_revenue = async_raw_response(resource.get_revenue)
