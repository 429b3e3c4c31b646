"""Click Tracks: client.click_tracks (generated; do not edit)."""

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
    from ..models.click_track_resource import ClickTrackResource
    from ..models.sort_order_enum import SortOrderEnum


class ClickTracksRawResource(SyncResource):
    """client.click_tracks.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        click_track_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ClickTrackResource]:
        """Get click tracked link details by click track ID. Returns the raw response with the parsed body."""
        from ..api.click_tracks import get_click_track_by_id as op

        return self._call(
            op._get_kwargs(
                click_track_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
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
    ) -> RawResponse[builtins.list[ClickTrackResource]]:
        """Get click tracked links list. Returns the raw response with the parsed body."""
        from ..api.click_tracks import get_click_track_list as op

        return self._call(
            op._get_kwargs(
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class ClickTracksResource(SyncResource):
    """Click Tracks: client.click_tracks."""

    @cached_property
    def with_raw_response(self) -> ClickTracksRawResource:
        return ClickTracksRawResource(self._transport)

    def get(
        self,
        click_track_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ClickTrackResource:
        """Get click tracked link details by click track ID.

        GET /click-tracks/{clickTrackId} (getClickTrackById). Reference: https://apireference.getresponse.com/#operation/getClickTrackById
        """
        return (
            self.with_raw_response.get(
                click_track_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[ClickTrackResource]:
        """Get click tracked links list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /click-tracks (getClickTrackList). Reference: https://apireference.getresponse.com/#operation/getClickTrackList
        """
        from ..api.click_tracks import get_click_track_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncClickTracksRawResource(AsyncResource):
    """client.click_tracks.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        click_track_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ClickTrackResource]:
        """Get click tracked link details by click track ID. Returns the raw response with the parsed body."""
        from ..api.click_tracks import get_click_track_by_id as op

        return await self._call(
            op._get_kwargs(
                click_track_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ClickTrackResource]]:
        """Get click tracked links list. Returns the raw response with the parsed body."""
        from ..api.click_tracks import get_click_track_list as op

        return await self._call(
            op._get_kwargs(
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncClickTracksResource(AsyncResource):
    """Click Tracks: client.click_tracks."""

    @cached_property
    def with_raw_response(self) -> AsyncClickTracksRawResource:
        return AsyncClickTracksRawResource(self._transport)

    async def get(
        self,
        click_track_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ClickTrackResource:
        """Get click tracked link details by click track ID.

        GET /click-tracks/{clickTrackId} (getClickTrackById). Reference: https://apireference.getresponse.com/#operation/getClickTrackById
        """
        return (
            await self.with_raw_response.get(
                click_track_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[ClickTrackResource]:
        """Get click tracked links list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /click-tracks (getClickTrackList). Reference: https://apireference.getresponse.com/#operation/getClickTrackList
        """
        from ..api.click_tracks import get_click_track_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
