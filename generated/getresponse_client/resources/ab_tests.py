"""A/B tests: client.ab_tests (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..models.get_splittest_list_querystatus import GetSplittestListQuerystatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.splittest import Splittest


class AbTestsRawResource(SyncResource):
    """client.ab_tests.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        splittest_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Splittest]:
        """Get a single A/B test. Returns the raw response with the parsed body."""
        from ..api.ab_tests import get_splittest as op

        return self._call(
            op._get_kwargs(
                splittest_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
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
    ) -> RawResponse[builtins.list[Splittest]]:
        """The list of A/B tests. Returns the raw response with the parsed body."""
        from ..api.ab_tests import get_splittest_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querytype=query_type,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AbTestsResource(SyncResource):
    """A/B tests: client.ab_tests."""

    @cached_property
    def with_raw_response(self) -> AbTestsRawResource:
        return AbTestsRawResource(self._transport)

    def get(
        self,
        splittest_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Splittest:
        """Get a single A/B test.

        GET /splittests/{splittestId} (getSplittest). Reference: https://apireference.getresponse.com/#operation/getSplittest
        """
        return (
            self.with_raw_response.get(
                splittest_id,
                fields=fields,
            )
        ).parsed

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
    ) -> Page[Splittest]:
        """The list of A/B tests.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /splittests (getSplittestList). Reference: https://apireference.getresponse.com/#operation/getSplittestList
        """
        from ..api.ab_tests import get_splittest_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querytype=query_type,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncAbTestsRawResource(AsyncResource):
    """client.ab_tests.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        splittest_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Splittest]:
        """Get a single A/B test. Returns the raw response with the parsed body."""
        from ..api.ab_tests import get_splittest as op

        return await self._call(
            op._get_kwargs(
                splittest_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
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
    ) -> RawResponse[builtins.list[Splittest]]:
        """The list of A/B tests. Returns the raw response with the parsed body."""
        from ..api.ab_tests import get_splittest_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querytype=query_type,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncAbTestsResource(AsyncResource):
    """A/B tests: client.ab_tests."""

    @cached_property
    def with_raw_response(self) -> AsyncAbTestsRawResource:
        return AsyncAbTestsRawResource(self._transport)

    async def get(
        self,
        splittest_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Splittest:
        """Get a single A/B test.

        GET /splittests/{splittestId} (getSplittest). Reference: https://apireference.getresponse.com/#operation/getSplittest
        """
        return (
            await self.with_raw_response.get(
                splittest_id,
                fields=fields,
            )
        ).parsed

    async def list(
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
    ) -> AsyncPage[Splittest]:
        """The list of A/B tests.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /splittests (getSplittestList). Reference: https://apireference.getresponse.com/#operation/getSplittestList
        """
        from ..api.ab_tests import get_splittest_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querytype=query_type,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
