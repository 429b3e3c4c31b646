"""Forms: client.forms (generated; do not edit)."""

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

    from ..models.form import Form
    from ..models.form_details import FormDetails
    from ..models.form_variant_details import FormVariantDetails
    from ..models.get_form_list_querystatus import GetFormListQuerystatus
    from ..models.sort_order_enum import SortOrderEnum


class FormsResource(SyncResource):
    """Forms: client.forms."""

    def get(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FormDetails:
        """Get form by ID.

        Args:
            form_id: The form ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /forms/{formId} (getForm). Reference: https://apireference.getresponse.com/#operation/getForm
        """
        from ..models.form_details import FormDetails

        return self._request(
            "GET",
            f"/forms/{path_value(form_id)}",
            cast_to=FormDetails,
            params={"fields": fields},
            operation="getForm",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_status: GetFormListQuerystatus | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_visitors: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_subscribed: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[Form]:
        """Get the list of forms.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search forms by name
            query_created_on_from: Search forms created from this date
            query_created_on_to: Search forms created to this date
            query_list_id: Search forms assigned to this list (campaign).
            query_status: Search by status.
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /forms (getFormList). Reference: https://apireference.getresponse.com/#operation/getFormList
        """
        from ..models.form import Form

        return self._page(
            "/forms",
            item=Form,
            params={
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[campaignId]": query_list_id,
                "query[status]": query_status,
                "sort[createdOn]": sort_created_on,
                "sort[name]": sort_name,
                "sort[visitors]": sort_visitors,
                "sort[uniqueVisitors]": sort_unique_visitors,
                "sort[subscribed]": sort_subscribed,
                "sort[subscriptionRate]": sort_subscription_rate,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "formId"),
            operation="getFormList",
            options=options,
        )

    def list_variants(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[FormVariantDetails]:
        """Get the list of form variants (A/B tests).

        Args:
            form_id: The form ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /forms/{formId}/variants (getFormVariantList). Reference: https://apireference.getresponse.com/#operation/getFormVariantList
        """
        from ..models.form_variant_details import FormVariantDetails

        return self._request(
            "GET",
            f"/forms/{path_value(form_id)}/variants",
            cast_to=ListOf(FormVariantDetails),
            params={"fields": fields},
            operation="getFormVariantList",
            options=options,
        )

    @property
    def with_raw_response(self) -> FormsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return FormsResourceWithRawResponse(self._raw_copy())


class FormsResourceWithRawResponse:
    """client.forms.with_raw_response."""

    def __init__(self, resource: FormsResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.list_variants = raw_response(resource.list_variants)


class AsyncFormsResource(AsyncResource):
    """Forms: client.forms."""

    async def get(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FormDetails:
        """Get form by ID.

        Args:
            form_id: The form ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /forms/{formId} (getForm). Reference: https://apireference.getresponse.com/#operation/getForm
        """
        from ..models.form_details import FormDetails

        return await self._request(
            "GET",
            f"/forms/{path_value(form_id)}",
            cast_to=FormDetails,
            params={"fields": fields},
            operation="getForm",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_status: GetFormListQuerystatus | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_visitors: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_subscribed: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Form]:
        """Get the list of forms.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search forms by name
            query_created_on_from: Search forms created from this date
            query_created_on_to: Search forms created to this date
            query_list_id: Search forms assigned to this list (campaign).
            query_status: Search by status.
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /forms (getFormList). Reference: https://apireference.getresponse.com/#operation/getFormList
        """
        from ..models.form import Form

        return self._page(
            "/forms",
            item=Form,
            params={
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[campaignId]": query_list_id,
                "query[status]": query_status,
                "sort[createdOn]": sort_created_on,
                "sort[name]": sort_name,
                "sort[visitors]": sort_visitors,
                "sort[uniqueVisitors]": sort_unique_visitors,
                "sort[subscribed]": sort_subscribed,
                "sort[subscriptionRate]": sort_subscription_rate,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "formId"),
            operation="getFormList",
            options=options,
        )

    async def list_variants(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[FormVariantDetails]:
        """Get the list of form variants (A/B tests).

        Args:
            form_id: The form ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /forms/{formId}/variants (getFormVariantList). Reference: https://apireference.getresponse.com/#operation/getFormVariantList
        """
        from ..models.form_variant_details import FormVariantDetails

        return await self._request(
            "GET",
            f"/forms/{path_value(form_id)}/variants",
            cast_to=ListOf(FormVariantDetails),
            params={"fields": fields},
            operation="getFormVariantList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncFormsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncFormsResourceWithRawResponse(self._raw_copy())


class AsyncFormsResourceWithRawResponse:
    """client.forms.with_raw_response."""

    def __init__(self, resource: AsyncFormsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.list_variants = async_raw_response(resource.list_variants)
