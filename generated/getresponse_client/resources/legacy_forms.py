"""Legacy Forms: client.legacy_forms (generated; do not edit)."""

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

    from ..models.legacy_form import LegacyForm
    from ..models.sort_order_enum import SortOrderEnum


class LegacyFormsResource(SyncResource):
    """Legacy Forms: client.legacy_forms."""

    def get(
        self,
        webform_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LegacyForm:
        """Get Legacy Form by ID.

        Args:
            webform_id: The webform (Legacy Form) ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /webforms/{webformId} (getLegacyFormById). Reference: https://apireference.getresponse.com/#operation/getLegacyFormById
        """
        from ..models.legacy_form import LegacyForm

        return self._request(
            "GET",
            f"/webforms/{path_value(webform_id)}",
            cast_to=LegacyForm,
            params={"fields": fields},
            operation="getLegacyFormById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_modified_on_from: datetime.datetime | Unset = UNSET,
        query_modified_on_to: datetime.datetime | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[LegacyForm]:
        """Get Legacy Forms.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search Legacy Forms by name
            query_modified_on_from: Search Legacy Forms modified from this date
            query_modified_on_to: Search Legacy Forms modified to this date
            query_list_id: Search Legacy Forms by campaignId.
            sort_modified_on: Sort Legacy Forms by modification date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /webforms (getLegacyFormList). Reference: https://apireference.getresponse.com/#operation/getLegacyFormList
        """
        from ..models.legacy_form import LegacyForm

        return self._page(
            "/webforms",
            item=LegacyForm,
            params={
                "query[name]": query_name,
                "query[modifiedOn][from]": query_modified_on_from,
                "query[modifiedOn][to]": query_modified_on_to,
                "query[campaignId]": query_list_id,
                "sort[modifiedOn]": sort_modified_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getLegacyFormList",
            options=options,
        )

    @property
    def with_raw_response(self) -> LegacyFormsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return LegacyFormsResourceWithRawResponse(self._raw_copy())


class LegacyFormsResourceWithRawResponse:
    """client.legacy_forms.with_raw_response."""

    def __init__(self, resource: LegacyFormsResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncLegacyFormsResource(AsyncResource):
    """Legacy Forms: client.legacy_forms."""

    async def get(
        self,
        webform_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LegacyForm:
        """Get Legacy Form by ID.

        Args:
            webform_id: The webform (Legacy Form) ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /webforms/{webformId} (getLegacyFormById). Reference: https://apireference.getresponse.com/#operation/getLegacyFormById
        """
        from ..models.legacy_form import LegacyForm

        return await self._request(
            "GET",
            f"/webforms/{path_value(webform_id)}",
            cast_to=LegacyForm,
            params={"fields": fields},
            operation="getLegacyFormById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_modified_on_from: datetime.datetime | Unset = UNSET,
        query_modified_on_to: datetime.datetime | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[LegacyForm]:
        """Get Legacy Forms.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search Legacy Forms by name
            query_modified_on_from: Search Legacy Forms modified from this date
            query_modified_on_to: Search Legacy Forms modified to this date
            query_list_id: Search Legacy Forms by campaignId.
            sort_modified_on: Sort Legacy Forms by modification date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /webforms (getLegacyFormList). Reference: https://apireference.getresponse.com/#operation/getLegacyFormList
        """
        from ..models.legacy_form import LegacyForm

        return self._page(
            "/webforms",
            item=LegacyForm,
            params={
                "query[name]": query_name,
                "query[modifiedOn][from]": query_modified_on_from,
                "query[modifiedOn][to]": query_modified_on_to,
                "query[campaignId]": query_list_id,
                "sort[modifiedOn]": sort_modified_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getLegacyFormList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncLegacyFormsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncLegacyFormsResourceWithRawResponse(self._raw_copy())


class AsyncLegacyFormsResourceWithRawResponse:
    """client.legacy_forms.with_raw_response."""

    def __init__(self, resource: AsyncLegacyFormsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
