"""Custom Reports: client.custom_reports (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.base_create_custom_report import BaseCreateCustomReport
    from ..models.custom_report import CustomReport
    from ..models.custom_report_details import CustomReportDetails
    from ..models.sort_order_enum import SortOrderEnum


class CustomReportsRawResource(SyncResource):
    """client.custom_reports.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: BaseCreateCustomReport | Unset = UNSET,
    ) -> RawResponse[CustomReportDetails]:
        """Create the custom report. Returns the raw response with the parsed body."""
        from ..api.custom_reports import create_custom_report as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def get(
        self,
        custom_report_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[CustomReportDetails]:
        """Get a single custom report by ID. Returns the raw response with the parsed body."""
        from ..api.custom_reports import get_custom_report_details as op

        return self._call(
            op._get_kwargs(
                custom_report_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
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
    ) -> RawResponse[builtins.list[CustomReport]]:
        """Get a list of custom reports. Returns the raw response with the parsed body."""
        from ..api.custom_reports import get_custom_report_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                sortfrequency=sort_frequency,
                sortgenerated_at=sort_generated_at,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class CustomReportsResource(SyncResource):
    """Custom Reports: client.custom_reports."""

    @cached_property
    def with_raw_response(self) -> CustomReportsRawResource:
        return CustomReportsRawResource(self._transport)

    def create(
        self,
        body: BaseCreateCustomReport | Unset = UNSET,
    ) -> CustomReportDetails:
        """Create the custom report.

        POST /custom-reports (createCustomReport). Reference: https://apireference.getresponse.com/#operation/createCustomReport
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def get(
        self,
        custom_report_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomReportDetails:
        """Get a single custom report by ID.

        GET /custom-reports/{customReportId} (getCustomReportDetails). Reference: https://apireference.getresponse.com/#operation/getCustomReportDetails
        """
        return (
            self.with_raw_response.get(
                custom_report_id,
                fields=fields,
            )
        ).parsed

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
    ) -> Page[CustomReport]:
        """Get a list of custom reports.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /custom-reports (getCustomReportList). Reference: https://apireference.getresponse.com/#operation/getCustomReportList
        """
        from ..api.custom_reports import get_custom_report_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                sortfrequency=sort_frequency,
                sortgenerated_at=sort_generated_at,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncCustomReportsRawResource(AsyncResource):
    """client.custom_reports.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: BaseCreateCustomReport | Unset = UNSET,
    ) -> RawResponse[CustomReportDetails]:
        """Create the custom report. Returns the raw response with the parsed body."""
        from ..api.custom_reports import create_custom_report as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get(
        self,
        custom_report_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[CustomReportDetails]:
        """Get a single custom report by ID. Returns the raw response with the parsed body."""
        from ..api.custom_reports import get_custom_report_details as op

        return await self._call(
            op._get_kwargs(
                custom_report_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_frequency: SortOrderEnum | Unset = UNSET,
        sort_generated_at: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[CustomReport]]:
        """Get a list of custom reports. Returns the raw response with the parsed body."""
        from ..api.custom_reports import get_custom_report_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                sortfrequency=sort_frequency,
                sortgenerated_at=sort_generated_at,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncCustomReportsResource(AsyncResource):
    """Custom Reports: client.custom_reports."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomReportsRawResource:
        return AsyncCustomReportsRawResource(self._transport)

    async def create(
        self,
        body: BaseCreateCustomReport | Unset = UNSET,
    ) -> CustomReportDetails:
        """Create the custom report.

        POST /custom-reports (createCustomReport). Reference: https://apireference.getresponse.com/#operation/createCustomReport
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def get(
        self,
        custom_report_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomReportDetails:
        """Get a single custom report by ID.

        GET /custom-reports/{customReportId} (getCustomReportDetails). Reference: https://apireference.getresponse.com/#operation/getCustomReportDetails
        """
        return (
            await self.with_raw_response.get(
                custom_report_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_frequency: SortOrderEnum | Unset = UNSET,
        sort_generated_at: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[CustomReport]:
        """Get a list of custom reports.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /custom-reports (getCustomReportList). Reference: https://apireference.getresponse.com/#operation/getCustomReportList
        """
        from ..api.custom_reports import get_custom_report_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                sortfrequency=sort_frequency,
                sortgenerated_at=sort_generated_at,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
