"""Ecommerce: client.ecommerce (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.responses import RawResponse
    from ..models.general_performance_stats import GeneralPerformanceStats
    from ..models.revenue_statistics import RevenueStatistics


class EcommerceRawResource(SyncResource):
    """client.ecommerce.with_raw_response: the same calls, returning status, headers and body too."""

    def get_general_performance_stats(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[GeneralPerformanceStats]:
        """Get the ecommerce general performance statistics. Returns the raw response with the parsed body."""
        from ..api.ecommerce import get_general_performance_stats as op

        return self._call(
            op._get_kwargs(
                queryorder_datefrom=query_order_date_from,
                queryorder_dateto=query_order_date_to,
                queryshop_id=query_shop_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_revenue_stats(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[RevenueStatistics]:
        """Get the ecommerce revenue statistics. Returns the raw response with the parsed body."""
        from ..api.ecommerce import get_revenue_stats as op

        return self._call(
            op._get_kwargs(
                queryorder_datefrom=query_order_date_from,
                queryorder_dateto=query_order_date_to,
                queryshop_id=query_shop_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class EcommerceResource(SyncResource):
    """Ecommerce: client.ecommerce."""

    @cached_property
    def with_raw_response(self) -> EcommerceRawResource:
        return EcommerceRawResource(self._transport)

    def get_general_performance_stats(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> GeneralPerformanceStats:
        """Get the ecommerce general performance statistics.

        GET /statistics/ecommerce/performance (getGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getGeneralPerformanceStats
        """
        return (
            self.with_raw_response.get_general_performance_stats(
                query_order_date_from=query_order_date_from,
                query_order_date_to=query_order_date_to,
                query_shop_id=query_shop_id,
                fields=fields,
            )
        ).parsed

    def get_revenue_stats(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RevenueStatistics:
        """Get the ecommerce revenue statistics.

        GET /statistics/ecommerce/revenue (getRevenueStats). Reference: https://apireference.getresponse.com/#operation/getRevenueStats
        """
        return (
            self.with_raw_response.get_revenue_stats(
                query_order_date_from=query_order_date_from,
                query_order_date_to=query_order_date_to,
                query_shop_id=query_shop_id,
                fields=fields,
            )
        ).parsed


class AsyncEcommerceRawResource(AsyncResource):
    """client.ecommerce.with_raw_response: the same calls, returning status, headers and body too."""

    async def get_general_performance_stats(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[GeneralPerformanceStats]:
        """Get the ecommerce general performance statistics. Returns the raw response with the parsed body."""
        from ..api.ecommerce import get_general_performance_stats as op

        return await self._call(
            op._get_kwargs(
                queryorder_datefrom=query_order_date_from,
                queryorder_dateto=query_order_date_to,
                queryshop_id=query_shop_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_revenue_stats(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[RevenueStatistics]:
        """Get the ecommerce revenue statistics. Returns the raw response with the parsed body."""
        from ..api.ecommerce import get_revenue_stats as op

        return await self._call(
            op._get_kwargs(
                queryorder_datefrom=query_order_date_from,
                queryorder_dateto=query_order_date_to,
                queryshop_id=query_shop_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncEcommerceResource(AsyncResource):
    """Ecommerce: client.ecommerce."""

    @cached_property
    def with_raw_response(self) -> AsyncEcommerceRawResource:
        return AsyncEcommerceRawResource(self._transport)

    async def get_general_performance_stats(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> GeneralPerformanceStats:
        """Get the ecommerce general performance statistics.

        GET /statistics/ecommerce/performance (getGeneralPerformanceStats). Reference: https://apireference.getresponse.com/#operation/getGeneralPerformanceStats
        """
        return (
            await self.with_raw_response.get_general_performance_stats(
                query_order_date_from=query_order_date_from,
                query_order_date_to=query_order_date_to,
                query_shop_id=query_shop_id,
                fields=fields,
            )
        ).parsed

    async def get_revenue_stats(
        self,
        *,
        query_order_date_from: datetime.date | Unset = UNSET,
        query_order_date_to: datetime.date | Unset = UNSET,
        query_shop_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RevenueStatistics:
        """Get the ecommerce revenue statistics.

        GET /statistics/ecommerce/revenue (getRevenueStats). Reference: https://apireference.getresponse.com/#operation/getRevenueStats
        """
        return (
            await self.with_raw_response.get_revenue_stats(
                query_order_date_from=query_order_date_from,
                query_order_date_to=query_order_date_to,
                query_shop_id=query_shop_id,
                fields=fields,
            )
        ).parsed
