"""Webinars: client.webinars (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.get_webinar_list_querystatus import GetWebinarListQuerystatus
    from ..models.get_webinar_list_querytype import GetWebinarListQuerytype
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.webinar import Webinar


class WebinarsRawResource(SyncResource):
    """client.webinars.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        webinar_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Webinar]:
        """Get a webinar by ID. Returns the raw response with the parsed body."""
        from ..api.webinars import get_webinar_by_id as op

        return self._call(
            op._get_kwargs(
                webinar_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_status: GetWebinarListQuerystatus | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_starts_on: SortOrderEnum | Unset = UNSET,
        query_type: GetWebinarListQuerytype | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Webinar]]:
        """Get a list of webinars. Returns the raw response with the parsed body."""
        from ..api.webinars import get_webinar_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                querystatus=query_status,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                sortstarts_on=sort_starts_on,
                querytype=query_type,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class WebinarsResource(SyncResource):
    """Webinars: client.webinars."""

    @cached_property
    def with_raw_response(self) -> WebinarsRawResource:
        return WebinarsRawResource(self._transport)

    def get(
        self,
        webinar_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Webinar:
        """Get a webinar by ID.

        GET /webinars/{webinarId} (getWebinarById). Reference: https://apireference.getresponse.com/#operation/getWebinarById
        """
        return (
            self.with_raw_response.get(
                webinar_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_status: GetWebinarListQuerystatus | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_starts_on: SortOrderEnum | Unset = UNSET,
        query_type: GetWebinarListQuerytype | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Webinar]:
        """Get a list of webinars.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /webinars (getWebinarList). Reference: https://apireference.getresponse.com/#operation/getWebinarList
        """
        from ..api.webinars import get_webinar_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                querystatus=query_status,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                sortstarts_on=sort_starts_on,
                querytype=query_type,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncWebinarsRawResource(AsyncResource):
    """client.webinars.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        webinar_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Webinar]:
        """Get a webinar by ID. Returns the raw response with the parsed body."""
        from ..api.webinars import get_webinar_by_id as op

        return await self._call(
            op._get_kwargs(
                webinar_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_status: GetWebinarListQuerystatus | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_starts_on: SortOrderEnum | Unset = UNSET,
        query_type: GetWebinarListQuerytype | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Webinar]]:
        """Get a list of webinars. Returns the raw response with the parsed body."""
        from ..api.webinars import get_webinar_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                querystatus=query_status,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                sortstarts_on=sort_starts_on,
                querytype=query_type,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncWebinarsResource(AsyncResource):
    """Webinars: client.webinars."""

    @cached_property
    def with_raw_response(self) -> AsyncWebinarsRawResource:
        return AsyncWebinarsRawResource(self._transport)

    async def get(
        self,
        webinar_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Webinar:
        """Get a webinar by ID.

        GET /webinars/{webinarId} (getWebinarById). Reference: https://apireference.getresponse.com/#operation/getWebinarById
        """
        return (
            await self.with_raw_response.get(
                webinar_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_status: GetWebinarListQuerystatus | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_starts_on: SortOrderEnum | Unset = UNSET,
        query_type: GetWebinarListQuerytype | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Webinar]:
        """Get a list of webinars.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /webinars (getWebinarList). Reference: https://apireference.getresponse.com/#operation/getWebinarList
        """
        from ..api.webinars import get_webinar_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                querystatus=query_status,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                sortstarts_on=sort_starts_on,
                querytype=query_type,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
