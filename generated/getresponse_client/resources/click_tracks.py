"""Click Tracks: client.click_tracks (generated; do not edit)."""

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

    from ..models.click_track_resource import ClickTrackResource
    from ..models.sort_order_enum import SortOrderEnum


class ClickTracksResource(SyncResource):
    """Click Tracks: client.click_tracks."""

    def get(
        self,
        click_track_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClickTrackResource:
        """Get click tracked link details by click track ID.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /click-tracks/{clickTrackId} (getClickTrackById). Reference: https://apireference.getresponse.com/#operation/getClickTrackById
        """
        from ..models.click_track_resource import ClickTrackResource

        return self._request(
            "GET",
            f"/click-tracks/{path_value(click_track_id)}",
            cast_to=ClickTrackResource,
            params={"fields": fields},
            operation="getClickTrackById",
            options=options,
        )

    def list(
        self,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[ClickTrackResource]:
        """Get click tracked links list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_created_on_from: Search click tracks from messages created from this date
            query_created_on_to: Search click tracks from messages created to this date
            sort_created_on: Sort by message date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /click-tracks (getClickTrackList). Reference: https://apireference.getresponse.com/#operation/getClickTrackList
        """
        from ..models.click_track_resource import ClickTrackResource

        return self._page(
            "/click-tracks",
            item=ClickTrackResource,
            params={
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getClickTrackList",
            options=options,
        )

    @property
    def with_raw_response(self) -> ClickTracksResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return ClickTracksResourceWithRawResponse(self._raw_copy())


class ClickTracksResourceWithRawResponse:
    """client.click_tracks.with_raw_response."""

    def __init__(self, resource: ClickTracksResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncClickTracksResource(AsyncResource):
    """Click Tracks: client.click_tracks."""

    async def get(
        self,
        click_track_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClickTrackResource:
        """Get click tracked link details by click track ID.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /click-tracks/{clickTrackId} (getClickTrackById). Reference: https://apireference.getresponse.com/#operation/getClickTrackById
        """
        from ..models.click_track_resource import ClickTrackResource

        return await self._request(
            "GET",
            f"/click-tracks/{path_value(click_track_id)}",
            cast_to=ClickTrackResource,
            params={"fields": fields},
            operation="getClickTrackById",
            options=options,
        )

    def list(
        self,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ClickTrackResource]:
        """Get click tracked links list.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_created_on_from: Search click tracks from messages created from this date
            query_created_on_to: Search click tracks from messages created to this date
            sort_created_on: Sort by message date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /click-tracks (getClickTrackList). Reference: https://apireference.getresponse.com/#operation/getClickTrackList
        """
        from ..models.click_track_resource import ClickTrackResource

        return self._page(
            "/click-tracks",
            item=ClickTrackResource,
            params={
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getClickTrackList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncClickTracksResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncClickTracksResourceWithRawResponse(self._raw_copy())


class AsyncClickTracksResourceWithRawResponse:
    """client.click_tracks.with_raw_response."""

    def __init__(self, resource: AsyncClickTracksResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
