"""Legacy Landing Pages: client.legacy_landing_pages (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from getresponse_runtime.pagination import ConsistentOrder
from getresponse_runtime.resource import (
    AsyncResource,
    ListOf,
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

    from ..models.base_landing_page import BaseLandingPage
    from ..models.landing_page import LandingPage
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.status_enum import StatusEnum


class LegacyLandingPagesResource(SyncResource):
    """Legacy Landing Pages: client.legacy_landing_pages."""

    def get(
        self,
        landing_page_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[LandingPage]:
        """Get single landing page by ID.

        Args:
            landing_page_id: The landing page ID.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /landing-pages/{landingPageId} (getLandingPageById). Reference: https://apireference.getresponse.com/#operation/getLandingPageById
        """
        from ..models.landing_page import LandingPage

        return self._request(
            "GET",
            f"/landing-pages/{path_value(landing_page_id)}",
            cast_to=ListOf(LandingPage),
            params={"fields": fields},
            operation="getLandingPageById",
            options=options,
        )

    def list(
        self,
        *,
        query_domain: str | Unset = UNSET,
        query_status: StatusEnum | Unset = UNSET,
        query_subdomain: str | Unset = UNSET,
        query_meta_title: str | Unset = UNSET,
        query_user_domain: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_domain: SortOrderEnum | Unset = UNSET,
        sort_list_id: SortOrderEnum | Unset = UNSET,
        sort_meta_title: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[BaseLandingPage]:
        """Get a list of landing pages.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_domain: Search landing pages by domain
            query_status: Search landing pages by status
            query_subdomain: Search landing pages by subdomain
            query_meta_title: Search landing pages by metaTitle field
            query_user_domain: Search landing pages by user provided domain
            query_list_id: Search landing pages by ID of the assigned campaign.
            query_created_on_from: Show landing pages created from this date
            query_created_on_to: Show landing pages created to this date
            sort_created_on: Sort by date
            sort_domain: Sort by domain
            sort_list_id: Sort by campaign
            sort_meta_title: Sort by metaTitle
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /landing-pages (getLandingPageList). Reference: https://apireference.getresponse.com/#operation/getLandingPageList
        """
        from ..models.base_landing_page import BaseLandingPage

        return self._page(
            "/landing-pages",
            item=BaseLandingPage,
            params={
                "query[domain]": query_domain,
                "query[status]": query_status,
                "query[subdomain]": query_subdomain,
                "query[metaTitle]": query_meta_title,
                "query[userDomain]": query_user_domain,
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "sort[domain]": sort_domain,
                "sort[campaignId]": sort_list_id,
                "sort[metaTitle]": sort_meta_title,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "landingPageId"),
            operation="getLandingPageList",
            options=options,
        )

    @property
    def with_raw_response(self) -> LegacyLandingPagesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return LegacyLandingPagesResourceWithRawResponse(self._raw_copy())


class LegacyLandingPagesResourceWithRawResponse:
    """client.legacy_landing_pages.with_raw_response."""

    def __init__(self, resource: LegacyLandingPagesResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncLegacyLandingPagesResource(AsyncResource):
    """Legacy Landing Pages: client.legacy_landing_pages."""

    async def get(
        self,
        landing_page_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[LandingPage]:
        """Get single landing page by ID.

        Args:
            landing_page_id: The landing page ID.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /landing-pages/{landingPageId} (getLandingPageById). Reference: https://apireference.getresponse.com/#operation/getLandingPageById
        """
        from ..models.landing_page import LandingPage

        return await self._request(
            "GET",
            f"/landing-pages/{path_value(landing_page_id)}",
            cast_to=ListOf(LandingPage),
            params={"fields": fields},
            operation="getLandingPageById",
            options=options,
        )

    def list(
        self,
        *,
        query_domain: str | Unset = UNSET,
        query_status: StatusEnum | Unset = UNSET,
        query_subdomain: str | Unset = UNSET,
        query_meta_title: str | Unset = UNSET,
        query_user_domain: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_domain: SortOrderEnum | Unset = UNSET,
        sort_list_id: SortOrderEnum | Unset = UNSET,
        sort_meta_title: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[BaseLandingPage]:
        """Get a list of landing pages.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_domain: Search landing pages by domain
            query_status: Search landing pages by status
            query_subdomain: Search landing pages by subdomain
            query_meta_title: Search landing pages by metaTitle field
            query_user_domain: Search landing pages by user provided domain
            query_list_id: Search landing pages by ID of the assigned campaign.
            query_created_on_from: Show landing pages created from this date
            query_created_on_to: Show landing pages created to this date
            sort_created_on: Sort by date
            sort_domain: Sort by domain
            sort_list_id: Sort by campaign
            sort_meta_title: Sort by metaTitle
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /landing-pages (getLandingPageList). Reference: https://apireference.getresponse.com/#operation/getLandingPageList
        """
        from ..models.base_landing_page import BaseLandingPage

        return self._page(
            "/landing-pages",
            item=BaseLandingPage,
            params={
                "query[domain]": query_domain,
                "query[status]": query_status,
                "query[subdomain]": query_subdomain,
                "query[metaTitle]": query_meta_title,
                "query[userDomain]": query_user_domain,
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "sort[domain]": sort_domain,
                "sort[campaignId]": sort_list_id,
                "sort[metaTitle]": sort_meta_title,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "landingPageId"),
            operation="getLandingPageList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncLegacyLandingPagesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncLegacyLandingPagesResourceWithRawResponse(self._raw_copy())


class AsyncLegacyLandingPagesResourceWithRawResponse:
    """client.legacy_landing_pages.with_raw_response."""

    def __init__(self, resource: AsyncLegacyLandingPagesResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
