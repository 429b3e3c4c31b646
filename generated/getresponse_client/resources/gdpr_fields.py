"""GDPR Fields: client.gdpr_fields (generated; do not edit)."""

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

    from ..models.gdpr_field import GDPRField
    from ..models.gdpr_field_details import GDPRFieldDetails
    from ..models.sort_order_enum import SortOrderEnum


class GdprFieldsResource(SyncResource):
    """GDPR Fields: client.gdpr_fields."""

    def get(
        self,
        gdpr_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GDPRFieldDetails:
        """Get GDPR Field details.

        Args:
            gdpr_field_id: The GDPR field ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /gdpr-fields/{gdprFieldId} (getGDPRField). Reference: https://apireference.getresponse.com/#operation/getGDPRField
        """
        from ..models.gdpr_field_details import GDPRFieldDetails

        return self._request(
            "GET",
            f"/gdpr-fields/{path_value(gdpr_field_id)}",
            cast_to=GDPRFieldDetails,
            params={"fields": fields},
            operation="getGDPRField",
            options=options,
        )

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[GDPRField]:
        """Get the GDPR fields list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            sort_name: Sort fields by name
            sort_created_on: Sort fields by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /gdpr-fields (getGDPRFieldList). Reference: https://apireference.getresponse.com/#operation/getGDPRFieldList
        """
        from ..models.gdpr_field import GDPRField

        return self._page(
            "/gdpr-fields",
            item=GDPRField,
            params={"sort[name]": sort_name, "sort[createdOn]": sort_created_on, "fields": fields, "perPage": per_page},
            page=page,
            operation="getGDPRFieldList",
            options=options,
        )

    @property
    def with_raw_response(self) -> GdprFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return GdprFieldsResourceWithRawResponse(self._raw_copy())


class GdprFieldsResourceWithRawResponse:
    """client.gdpr_fields.with_raw_response."""

    def __init__(self, resource: GdprFieldsResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncGdprFieldsResource(AsyncResource):
    """GDPR Fields: client.gdpr_fields."""

    async def get(
        self,
        gdpr_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GDPRFieldDetails:
        """Get GDPR Field details.

        Args:
            gdpr_field_id: The GDPR field ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /gdpr-fields/{gdprFieldId} (getGDPRField). Reference: https://apireference.getresponse.com/#operation/getGDPRField
        """
        from ..models.gdpr_field_details import GDPRFieldDetails

        return await self._request(
            "GET",
            f"/gdpr-fields/{path_value(gdpr_field_id)}",
            cast_to=GDPRFieldDetails,
            params={"fields": fields},
            operation="getGDPRField",
            options=options,
        )

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[GDPRField]:
        """Get the GDPR fields list.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            sort_name: Sort fields by name
            sort_created_on: Sort fields by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /gdpr-fields (getGDPRFieldList). Reference: https://apireference.getresponse.com/#operation/getGDPRFieldList
        """
        from ..models.gdpr_field import GDPRField

        return self._page(
            "/gdpr-fields",
            item=GDPRField,
            params={"sort[name]": sort_name, "sort[createdOn]": sort_created_on, "fields": fields, "perPage": per_page},
            page=page,
            operation="getGDPRFieldList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncGdprFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncGdprFieldsResourceWithRawResponse(self._raw_copy())


class AsyncGdprFieldsResourceWithRawResponse:
    """client.gdpr_fields.with_raw_response."""

    def __init__(self, resource: AsyncGdprFieldsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
