"""Webinars: client.webinars (generated; do not edit)."""

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
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.get_webinar_list_querystatus import GetWebinarListQuerystatus
    from ..models.get_webinar_list_querytype import GetWebinarListQuerytype
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.webinar import Webinar


class WebinarsResource(SyncResource):
    """Webinars: client.webinars."""

    def get(
        self,
        webinar_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Webinar:
        """Get a webinar by ID.

        Args:
            webinar_id: The webinar ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /webinars/{webinarId} (getWebinarById). Reference: https://apireference.getresponse.com/#operation/getWebinarById
        """
        from ..models.webinar import Webinar

        return self._request(
            "GET",
            f"/webinars/{path_value(webinar_id)}",
            cast_to=Webinar,
            params={"fields": fields},
            operation="getWebinarById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_status: GetWebinarListQuerystatus | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_starts_on: SortOrderEnum | Unset = UNSET,
        query_type: GetWebinarListQuerytype | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[Webinar]:
        """Get a list of webinars.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search webinars by name
            query_list_id: The list of campaign resource IDs (string separated with ',')
            query_status: Search webinars by status
            sort_name: Sort webinars by name
            sort_created_on: Sort webinars by creation date
            sort_starts_on: Sort webinars by update date
            query_type: Search webinars by type
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /webinars (getWebinarList). Reference: https://apireference.getresponse.com/#operation/getWebinarList
        """
        from ..models.webinar import Webinar

        return self._page(
            "/webinars",
            item=Webinar,
            params={
                "query[name]": query_name,
                "query[campaignId]": query_list_id,
                "query[status]": query_status,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "sort[startsOn]": sort_starts_on,
                "query[type]": query_type,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getWebinarList",
            options=options,
        )

    @property
    def with_raw_response(self) -> WebinarsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return WebinarsResourceWithRawResponse(self._raw_copy())


class WebinarsResourceWithRawResponse:
    """client.webinars.with_raw_response."""

    def __init__(self, resource: WebinarsResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncWebinarsResource(AsyncResource):
    """Webinars: client.webinars."""

    async def get(
        self,
        webinar_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Webinar:
        """Get a webinar by ID.

        Args:
            webinar_id: The webinar ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /webinars/{webinarId} (getWebinarById). Reference: https://apireference.getresponse.com/#operation/getWebinarById
        """
        from ..models.webinar import Webinar

        return await self._request(
            "GET",
            f"/webinars/{path_value(webinar_id)}",
            cast_to=Webinar,
            params={"fields": fields},
            operation="getWebinarById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_status: GetWebinarListQuerystatus | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_starts_on: SortOrderEnum | Unset = UNSET,
        query_type: GetWebinarListQuerytype | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Webinar]:
        """Get a list of webinars.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search webinars by name
            query_list_id: The list of campaign resource IDs (string separated with ',')
            query_status: Search webinars by status
            sort_name: Sort webinars by name
            sort_created_on: Sort webinars by creation date
            sort_starts_on: Sort webinars by update date
            query_type: Search webinars by type
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /webinars (getWebinarList). Reference: https://apireference.getresponse.com/#operation/getWebinarList
        """
        from ..models.webinar import Webinar

        return self._page(
            "/webinars",
            item=Webinar,
            params={
                "query[name]": query_name,
                "query[campaignId]": query_list_id,
                "query[status]": query_status,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "sort[startsOn]": sort_starts_on,
                "query[type]": query_type,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getWebinarList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncWebinarsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncWebinarsResourceWithRawResponse(self._raw_copy())


class AsyncWebinarsResourceWithRawResponse:
    """client.webinars.with_raw_response."""

    def __init__(self, resource: AsyncWebinarsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
