"""A/B tests: client.ab_tests (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from getresponse_runtime.pagination import ConsistentOrder
from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_pager,
    async_raw_response,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

from ..models.get_splittest_list_querystatus import GetSplittestListQuerystatus

if TYPE_CHECKING:
    import datetime
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.get_splittest_list_querystatus import GetSplittestListQuerystatus
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.splittest import Splittest


class AbTestsResource(SyncResource):
    """A/B tests: client.ab_tests."""

    def get(
        self,
        splittest_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Splittest:
        """Get a single A/B test.

        Args:
            splittest_id: The send settings for the A/B test
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /splittests/{splittestId} (getSplittest). Reference: https://apireference.getresponse.com/#operation/getSplittest
        """
        from ..models.splittest import Splittest

        return self._request(
            "GET",
            f"/splittests/{path_value(splittest_id)}",
            cast_to=Splittest,
            params={"fields": fields},
            operation="getSplittest",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_type: str | Unset = UNSET,
        query_status: GetSplittestListQuerystatus | Unset = GetSplittestListQuerystatus.ACTIVE,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[Splittest]:
        """The list of A/B tests.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search A/B tests by name
            query_type: Search A/B tests by type
            query_status: Search A/B tests by status
            query_created_on_from: Search A/B tests created from this date
            query_created_on_to: Search A/B tests created to this date
            sort_name: Sort by name
            sort_created_on: Sort by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /splittests (getSplittestList). Reference: https://apireference.getresponse.com/#operation/getSplittestList
        """
        from ..models.splittest import Splittest

        return self._page(
            "/splittests",
            item=Splittest,
            params={
                "query[name]": query_name,
                "query[type]": query_type,
                "query[status]": query_status,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "splittestId"),
            operation="getSplittestList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AbTestsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AbTestsResourceWithRawResponse(self._raw_copy())


class AbTestsResourceWithRawResponse:
    """client.ab_tests.with_raw_response."""

    def __init__(self, resource: AbTestsResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncAbTestsResource(AsyncResource):
    """A/B tests: client.ab_tests."""

    async def get(
        self,
        splittest_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Splittest:
        """Get a single A/B test.

        Args:
            splittest_id: The send settings for the A/B test
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /splittests/{splittestId} (getSplittest). Reference: https://apireference.getresponse.com/#operation/getSplittest
        """
        from ..models.splittest import Splittest

        return await self._request(
            "GET",
            f"/splittests/{path_value(splittest_id)}",
            cast_to=Splittest,
            params={"fields": fields},
            operation="getSplittest",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_type: str | Unset = UNSET,
        query_status: GetSplittestListQuerystatus | Unset = GetSplittestListQuerystatus.ACTIVE,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Splittest]:
        """The list of A/B tests.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search A/B tests by name
            query_type: Search A/B tests by type
            query_status: Search A/B tests by status
            query_created_on_from: Search A/B tests created from this date
            query_created_on_to: Search A/B tests created to this date
            sort_name: Sort by name
            sort_created_on: Sort by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /splittests (getSplittestList). Reference: https://apireference.getresponse.com/#operation/getSplittestList
        """
        from ..models.splittest import Splittest

        return self._page(
            "/splittests",
            item=Splittest,
            params={
                "query[name]": query_name,
                "query[type]": query_type,
                "query[status]": query_status,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "splittestId"),
            operation="getSplittestList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncAbTestsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncAbTestsResourceWithRawResponse(self._raw_copy())


class AsyncAbTestsResourceWithRawResponse:
    """client.ab_tests.with_raw_response."""

    def __init__(self, resource: AsyncAbTestsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
