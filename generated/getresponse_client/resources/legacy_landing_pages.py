"""Legacy Landing Pages: client.legacy_landing_pages (generated; do not edit)."""

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
    from ..models.base_landing_page import BaseLandingPage
    from ..models.landing_page import LandingPage
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.status_enum import StatusEnum


class LegacyLandingPagesRawResource(SyncResource):
    """client.legacy_landing_pages.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        landing_page_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[LandingPage]]:
        """Get single landing page by ID. Returns the raw response with the parsed body."""
        from ..api.legacy_landing_pages import get_landing_page_by_id as op

        return self._call(
            op._get_kwargs(
                landing_page_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_domain: str | Unset = UNSET,
        query_status: StatusEnum | Unset = UNSET,
        query_subdomain: str | Unset = UNSET,
        query_meta_title: str | Unset = UNSET,
        query_user_domain: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_domain: SortOrderEnum | Unset = UNSET,
        sort_campaign_id: SortOrderEnum | Unset = UNSET,
        sort_meta_title: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[BaseLandingPage]]:
        """Get a list of landing pages. Returns the raw response with the parsed body."""
        from ..api.legacy_landing_pages import get_landing_page_list as op

        return self._call(
            op._get_kwargs(
                querydomain=query_domain,
                querystatus=query_status,
                querysubdomain=query_subdomain,
                querymeta_title=query_meta_title,
                queryuser_domain=query_user_domain,
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                sortdomain=sort_domain,
                sortcampaign_id=sort_campaign_id,
                sortmeta_title=sort_meta_title,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class LegacyLandingPagesResource(SyncResource):
    """Legacy Landing Pages: client.legacy_landing_pages."""

    @cached_property
    def with_raw_response(self) -> LegacyLandingPagesRawResource:
        return LegacyLandingPagesRawResource(self._transport)

    def get(
        self,
        landing_page_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[LandingPage]:
        """Get single landing page by ID.

        GET /landing-pages/{landingPageId} (getLandingPageById). Reference: https://apireference.getresponse.com/#operation/getLandingPageById
        """
        return (
            self.with_raw_response.get(
                landing_page_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_domain: str | Unset = UNSET,
        query_status: StatusEnum | Unset = UNSET,
        query_subdomain: str | Unset = UNSET,
        query_meta_title: str | Unset = UNSET,
        query_user_domain: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_domain: SortOrderEnum | Unset = UNSET,
        sort_campaign_id: SortOrderEnum | Unset = UNSET,
        sort_meta_title: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[BaseLandingPage]:
        """Get a list of landing pages.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /landing-pages (getLandingPageList). Reference: https://apireference.getresponse.com/#operation/getLandingPageList
        """
        from ..api.legacy_landing_pages import get_landing_page_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querydomain=query_domain,
                querystatus=query_status,
                querysubdomain=query_subdomain,
                querymeta_title=query_meta_title,
                queryuser_domain=query_user_domain,
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                sortdomain=sort_domain,
                sortcampaign_id=sort_campaign_id,
                sortmeta_title=sort_meta_title,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncLegacyLandingPagesRawResource(AsyncResource):
    """client.legacy_landing_pages.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        landing_page_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[LandingPage]]:
        """Get single landing page by ID. Returns the raw response with the parsed body."""
        from ..api.legacy_landing_pages import get_landing_page_by_id as op

        return await self._call(
            op._get_kwargs(
                landing_page_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_domain: str | Unset = UNSET,
        query_status: StatusEnum | Unset = UNSET,
        query_subdomain: str | Unset = UNSET,
        query_meta_title: str | Unset = UNSET,
        query_user_domain: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_domain: SortOrderEnum | Unset = UNSET,
        sort_campaign_id: SortOrderEnum | Unset = UNSET,
        sort_meta_title: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[BaseLandingPage]]:
        """Get a list of landing pages. Returns the raw response with the parsed body."""
        from ..api.legacy_landing_pages import get_landing_page_list as op

        return await self._call(
            op._get_kwargs(
                querydomain=query_domain,
                querystatus=query_status,
                querysubdomain=query_subdomain,
                querymeta_title=query_meta_title,
                queryuser_domain=query_user_domain,
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                sortdomain=sort_domain,
                sortcampaign_id=sort_campaign_id,
                sortmeta_title=sort_meta_title,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncLegacyLandingPagesResource(AsyncResource):
    """Legacy Landing Pages: client.legacy_landing_pages."""

    @cached_property
    def with_raw_response(self) -> AsyncLegacyLandingPagesRawResource:
        return AsyncLegacyLandingPagesRawResource(self._transport)

    async def get(
        self,
        landing_page_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[LandingPage]:
        """Get single landing page by ID.

        GET /landing-pages/{landingPageId} (getLandingPageById). Reference: https://apireference.getresponse.com/#operation/getLandingPageById
        """
        return (
            await self.with_raw_response.get(
                landing_page_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_domain: str | Unset = UNSET,
        query_status: StatusEnum | Unset = UNSET,
        query_subdomain: str | Unset = UNSET,
        query_meta_title: str | Unset = UNSET,
        query_user_domain: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_domain: SortOrderEnum | Unset = UNSET,
        sort_campaign_id: SortOrderEnum | Unset = UNSET,
        sort_meta_title: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[BaseLandingPage]:
        """Get a list of landing pages.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /landing-pages (getLandingPageList). Reference: https://apireference.getresponse.com/#operation/getLandingPageList
        """
        from ..api.legacy_landing_pages import get_landing_page_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querydomain=query_domain,
                querystatus=query_status,
                querysubdomain=query_subdomain,
                querymeta_title=query_meta_title,
                queryuser_domain=query_user_domain,
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                sortdomain=sort_domain,
                sortcampaign_id=sort_campaign_id,
                sortmeta_title=sort_meta_title,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
