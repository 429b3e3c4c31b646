"""Custom Reports: client.custom_reports (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_pager,
    async_raw_response,
    json_body,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.base_create_custom_report import BaseCreateCustomReport, BaseCreateCustomReportDict
    from ..models.base_create_custom_report_type import BaseCreateCustomReportType
    from ..models.create_custom_report_scheduling import CreateCustomReportScheduling, CreateCustomReportSchedulingDict
    from ..models.custom_report import CustomReport
    from ..models.custom_report_details import CustomReportDetails
    from ..models.sort_order_enum import SortOrderEnum


class CustomReportsResource(SyncResource):
    """Custom Reports: client.custom_reports."""

    @overload
    def create(
        self,
        *,
        name: str,
        type_: BaseCreateCustomReportType | str,
        scheduling: CreateCustomReportScheduling | CreateCustomReportSchedulingDict,
        **options: Unpack[RequestOptions],
    ) -> CustomReportDetails: ...

    @overload
    def create(
        self,
        *,
        body: BaseCreateCustomReport | BaseCreateCustomReportDict,
        **options: Unpack[RequestOptions],
    ) -> CustomReportDetails: ...

    def create(
        self,
        *,
        body: BaseCreateCustomReport | BaseCreateCustomReportDict | None = None,
        name: str | Unset = UNSET,
        type_: BaseCreateCustomReportType | str | Unset = UNSET,
        scheduling: CreateCustomReportScheduling | CreateCustomReportSchedulingDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomReportDetails:
        """Create the custom report.

        Args:
            name: The custom report name
            type_: The custom report type
            scheduling: The period a new custom report covers.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-reports (createCustomReport). Reference: https://apireference.getresponse.com/#operation/createCustomReport
        """
        from ..models.custom_report_details import CustomReportDetails

        return self._request(
            "POST",
            "/custom-reports",
            cast_to=CustomReportDetails,
            json=json_body(
                "custom_reports.create",
                body,
                {"name": name, "type_": type_, "scheduling": scheduling},
                CUSTOM_REPORTS_CREATE_WIRE,
                required=("name", "type_", "scheduling"),
            ),
            operation="createCustomReport",
            options=options,
        )

    def get(
        self,
        custom_report_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomReportDetails:
        """Get a single custom report by ID.

        Args:
            custom_report_id: The custom report ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-reports/{customReportId} (getCustomReportDetails). Reference: https://apireference.getresponse.com/#operation/getCustomReportDetails
        """
        from ..models.custom_report_details import CustomReportDetails

        return self._request(
            "GET",
            f"/custom-reports/{path_value(custom_report_id)}",
            cast_to=CustomReportDetails,
            params={"fields": fields},
            operation="getCustomReportDetails",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_frequency: SortOrderEnum | Unset = UNSET,
        sort_generated_at: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[CustomReport]:
        """Get a list of custom reports.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search custom reports by name
            sort_name: Sort custom reports by name
            sort_frequency: Sort custom reports by frequency
            sort_generated_at: Sort custom reports by generation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-reports (getCustomReportList). Reference: https://apireference.getresponse.com/#operation/getCustomReportList
        """
        from ..models.custom_report import CustomReport

        return self._page(
            "/custom-reports",
            item=CustomReport,
            params={
                "query[name]": query_name,
                "sort[name]": sort_name,
                "sort[frequency]": sort_frequency,
                "sort[generatedAt]": sort_generated_at,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getCustomReportList",
            options=options,
        )

    @property
    def with_raw_response(self) -> CustomReportsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return CustomReportsResourceWithRawResponse(self._raw_copy())


class CustomReportsResourceWithRawResponse:
    """client.custom_reports.with_raw_response."""

    def __init__(self, resource: CustomReportsResource) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncCustomReportsResource(AsyncResource):
    """Custom Reports: client.custom_reports."""

    @overload
    async def create(
        self,
        *,
        name: str,
        type_: BaseCreateCustomReportType | str,
        scheduling: CreateCustomReportScheduling | CreateCustomReportSchedulingDict,
        **options: Unpack[RequestOptions],
    ) -> CustomReportDetails: ...

    @overload
    async def create(
        self,
        *,
        body: BaseCreateCustomReport | BaseCreateCustomReportDict,
        **options: Unpack[RequestOptions],
    ) -> CustomReportDetails: ...

    async def create(
        self,
        *,
        body: BaseCreateCustomReport | BaseCreateCustomReportDict | None = None,
        name: str | Unset = UNSET,
        type_: BaseCreateCustomReportType | str | Unset = UNSET,
        scheduling: CreateCustomReportScheduling | CreateCustomReportSchedulingDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomReportDetails:
        """Create the custom report.

        Args:
            name: The custom report name
            type_: The custom report type
            scheduling: The period a new custom report covers.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-reports (createCustomReport). Reference: https://apireference.getresponse.com/#operation/createCustomReport
        """
        from ..models.custom_report_details import CustomReportDetails

        return await self._request(
            "POST",
            "/custom-reports",
            cast_to=CustomReportDetails,
            json=json_body(
                "custom_reports.create",
                body,
                {"name": name, "type_": type_, "scheduling": scheduling},
                CUSTOM_REPORTS_CREATE_WIRE,
                required=("name", "type_", "scheduling"),
            ),
            operation="createCustomReport",
            options=options,
        )

    async def get(
        self,
        custom_report_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomReportDetails:
        """Get a single custom report by ID.

        Args:
            custom_report_id: The custom report ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-reports/{customReportId} (getCustomReportDetails). Reference: https://apireference.getresponse.com/#operation/getCustomReportDetails
        """
        from ..models.custom_report_details import CustomReportDetails

        return await self._request(
            "GET",
            f"/custom-reports/{path_value(custom_report_id)}",
            cast_to=CustomReportDetails,
            params={"fields": fields},
            operation="getCustomReportDetails",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_frequency: SortOrderEnum | Unset = UNSET,
        sort_generated_at: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CustomReport]:
        """Get a list of custom reports.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search custom reports by name
            sort_name: Sort custom reports by name
            sort_frequency: Sort custom reports by frequency
            sort_generated_at: Sort custom reports by generation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-reports (getCustomReportList). Reference: https://apireference.getresponse.com/#operation/getCustomReportList
        """
        from ..models.custom_report import CustomReport

        return self._page(
            "/custom-reports",
            item=CustomReport,
            params={
                "query[name]": query_name,
                "sort[name]": sort_name,
                "sort[frequency]": sort_frequency,
                "sort[generatedAt]": sort_generated_at,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getCustomReportList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncCustomReportsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncCustomReportsResourceWithRawResponse(self._raw_copy())


class AsyncCustomReportsResourceWithRawResponse:
    """client.custom_reports.with_raw_response."""

    def __init__(self, resource: AsyncCustomReportsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)


# Keyword argument -> JSON name, per method with a body.
CUSTOM_REPORTS_CREATE_WIRE = {"name": "name", "type_": "type", "scheduling": "scheduling"}
