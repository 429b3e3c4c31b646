"""Forms and Popups: client.forms_and_popups (generated; do not edit)."""

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

    from ..models.get_popup_general_performance_querydevice import GetPopupGeneralPerformanceQuerydevice
    from ..models.get_popups_list_querystatus import GetPopupsListQuerystatus
    from ..models.popup_details import PopupDetails
    from ..models.popup_general_performance_stats import PopupGeneralPerformanceStats
    from ..models.popup_list_item import PopupListItem
    from ..models.sort_order_enum import SortOrderEnum


class FormsAndPopupsResource(SyncResource):
    """Forms and Popups: client.forms_and_popups."""

    def get(
        self,
        popup_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PopupDetails:
        """Get a single form or popup by ID.

        Args:
            popup_id: The form or popup ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /popups/{popupId} (getPopupDetails). Reference: https://apireference.getresponse.com/#operation/getPopupDetails
        """
        from ..models.popup_details import PopupDetails

        return self._request(
            "GET",
            f"/popups/{path_value(popup_id)}",
            cast_to=PopupDetails,
            params={"fields": fields},
            operation="getPopupDetails",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetPopupsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_views: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_ctr: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[PopupListItem]:
        """Get the list of forms and popups.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search forms and popups by name
            query_status: Search forms and popups by status
            stats_from: Show statistics from this date
            stats_to: Show statistics to this date
            sort_name: Sort forms and popups by name
            sort_status: Sort forms and popups by status
            sort_created_at: Sort forms and popups by creation date
            sort_updated_at: Sort forms and popups by modification date
            sort_views: Sort by number of views
            sort_unique_visitors: Sort by number of unique visitors
            sort_leads: Sort by number of leads
            sort_ctr: Sort by CTR (click-through rate)
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /popups (getPopupsList). Reference: https://apireference.getresponse.com/#operation/getPopupsList
        """
        from ..models.popup_list_item import PopupListItem

        return self._page(
            "/popups",
            item=PopupListItem,
            params={
                "query[name]": query_name,
                "query[status]": query_status,
                "stats[from]": stats_from,
                "stats[to]": stats_to,
                "sort[name]": sort_name,
                "sort[status]": sort_status,
                "sort[createdAt]": sort_created_at,
                "sort[updatedAt]": sort_updated_at,
                "sort[views]": sort_views,
                "sort[uniqueVisitors]": sort_unique_visitors,
                "sort[leads]": sort_leads,
                "sort[ctr]": sort_ctr,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getPopupsList",
            options=options,
        )

    def get_performance(
        self,
        popup_id: str,
        *,
        query_date_from: datetime.date | Unset = UNSET,
        query_date_to: datetime.date | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PopupGeneralPerformanceStats:
        """Get statistics for a single form or popup.

        Args:
            popup_id: The form or popup ID
            query_date_from: Get statistics for a single form or popup from this date
            query_date_to: Get statistics for a single form or popup to this date
            query_location: Form or popup statistics by location
            query_device: Form or popup statistics by device
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/popups/{popupId}/performance (getPopupGeneralPerformance). Reference: https://apireference.getresponse.com/#operation/getPopupGeneralPerformance
        """
        from ..models.popup_general_performance_stats import PopupGeneralPerformanceStats

        return self._request(
            "GET",
            f"/statistics/popups/{path_value(popup_id)}/performance",
            cast_to=PopupGeneralPerformanceStats,
            params={
                "query[date][from]": query_date_from,
                "query[date][to]": query_date_to,
                "query[location]": query_location,
                "query[device]": query_device,
                "fields": fields,
            },
            operation="getPopupGeneralPerformance",
            options=options,
        )

    @property
    def with_raw_response(self) -> FormsAndPopupsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return FormsAndPopupsResourceWithRawResponse(self._raw_copy())


class FormsAndPopupsResourceWithRawResponse:
    """client.forms_and_popups.with_raw_response."""

    def __init__(self, resource: FormsAndPopupsResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.get_performance = raw_response(resource.get_performance)


class AsyncFormsAndPopupsResource(AsyncResource):
    """Forms and Popups: client.forms_and_popups."""

    async def get(
        self,
        popup_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PopupDetails:
        """Get a single form or popup by ID.

        Args:
            popup_id: The form or popup ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /popups/{popupId} (getPopupDetails). Reference: https://apireference.getresponse.com/#operation/getPopupDetails
        """
        from ..models.popup_details import PopupDetails

        return await self._request(
            "GET",
            f"/popups/{path_value(popup_id)}",
            cast_to=PopupDetails,
            params={"fields": fields},
            operation="getPopupDetails",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetPopupsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_views: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_ctr: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PopupListItem]:
        """Get the list of forms and popups.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search forms and popups by name
            query_status: Search forms and popups by status
            stats_from: Show statistics from this date
            stats_to: Show statistics to this date
            sort_name: Sort forms and popups by name
            sort_status: Sort forms and popups by status
            sort_created_at: Sort forms and popups by creation date
            sort_updated_at: Sort forms and popups by modification date
            sort_views: Sort by number of views
            sort_unique_visitors: Sort by number of unique visitors
            sort_leads: Sort by number of leads
            sort_ctr: Sort by CTR (click-through rate)
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /popups (getPopupsList). Reference: https://apireference.getresponse.com/#operation/getPopupsList
        """
        from ..models.popup_list_item import PopupListItem

        return self._page(
            "/popups",
            item=PopupListItem,
            params={
                "query[name]": query_name,
                "query[status]": query_status,
                "stats[from]": stats_from,
                "stats[to]": stats_to,
                "sort[name]": sort_name,
                "sort[status]": sort_status,
                "sort[createdAt]": sort_created_at,
                "sort[updatedAt]": sort_updated_at,
                "sort[views]": sort_views,
                "sort[uniqueVisitors]": sort_unique_visitors,
                "sort[leads]": sort_leads,
                "sort[ctr]": sort_ctr,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getPopupsList",
            options=options,
        )

    async def get_performance(
        self,
        popup_id: str,
        *,
        query_date_from: datetime.date | Unset = UNSET,
        query_date_to: datetime.date | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PopupGeneralPerformanceStats:
        """Get statistics for a single form or popup.

        Args:
            popup_id: The form or popup ID
            query_date_from: Get statistics for a single form or popup from this date
            query_date_to: Get statistics for a single form or popup to this date
            query_location: Form or popup statistics by location
            query_device: Form or popup statistics by device
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/popups/{popupId}/performance (getPopupGeneralPerformance). Reference: https://apireference.getresponse.com/#operation/getPopupGeneralPerformance
        """
        from ..models.popup_general_performance_stats import PopupGeneralPerformanceStats

        return await self._request(
            "GET",
            f"/statistics/popups/{path_value(popup_id)}/performance",
            cast_to=PopupGeneralPerformanceStats,
            params={
                "query[date][from]": query_date_from,
                "query[date][to]": query_date_to,
                "query[location]": query_location,
                "query[device]": query_device,
                "fields": fields,
            },
            operation="getPopupGeneralPerformance",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncFormsAndPopupsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncFormsAndPopupsResourceWithRawResponse(self._raw_copy())


class AsyncFormsAndPopupsResourceWithRawResponse:
    """client.forms_and_popups.with_raw_response."""

    def __init__(self, resource: AsyncFormsAndPopupsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.get_performance = async_raw_response(resource.get_performance)
