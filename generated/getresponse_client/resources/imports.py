"""Imports: client.imports (generated; do not edit)."""

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
    from ..models.import_ import Import
    from ..models.new_import import NewImport
    from ..models.sort_order_enum import SortOrderEnum


class ImportsRawResource(SyncResource):
    """client.imports.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewImport | Unset = UNSET,
    ) -> RawResponse[Import]:
        """Schedule a new contact import. Returns the raw response with the parsed body."""
        from ..api.imports import create_import as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def get(
        self,
        import_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Import]:
        """Get import details by ID. Returns the raw response with the parsed body."""
        from ..api.imports import get_import_by_id as op

        return self._call(
            op._get_kwargs(
                import_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_finished_on: SortOrderEnum | Unset = UNSET,
        sort_campaign_name: SortOrderEnum | Unset = UNSET,
        sort_uploaded_contacts: SortOrderEnum | Unset = UNSET,
        sort_updated_contacts: SortOrderEnum | Unset = UNSET,
        sort_added_contacts: SortOrderEnum | Unset = UNSET,
        sort_invalid_contacts: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Import]]:
        """Get a list of imports. Returns the raw response with the parsed body."""
        from ..api.imports import get_import_list as op

        return self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                sortfinished_on=sort_finished_on,
                sortcampaign_name=sort_campaign_name,
                sortuploaded_contacts=sort_uploaded_contacts,
                sortupdated_contacts=sort_updated_contacts,
                sortadded_contacts=sort_added_contacts,
                sortinvalid_contacts=sort_invalid_contacts,
                sortstatus=sort_status,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class ImportsResource(SyncResource):
    """Imports: client.imports."""

    @cached_property
    def with_raw_response(self) -> ImportsRawResource:
        return ImportsRawResource(self._transport)

    def create(
        self,
        body: NewImport | Unset = UNSET,
    ) -> Import:
        """Schedule a new contact import.

        POST /imports (createImport). Reference: https://apireference.getresponse.com/#operation/createImport
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def get(
        self,
        import_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Import:
        """Get import details by ID.

        GET /imports/{importId} (getImportById). Reference: https://apireference.getresponse.com/#operation/getImportById
        """
        return (
            self.with_raw_response.get(
                import_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_finished_on: SortOrderEnum | Unset = UNSET,
        sort_campaign_name: SortOrderEnum | Unset = UNSET,
        sort_uploaded_contacts: SortOrderEnum | Unset = UNSET,
        sort_updated_contacts: SortOrderEnum | Unset = UNSET,
        sort_added_contacts: SortOrderEnum | Unset = UNSET,
        sort_invalid_contacts: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Import]:
        """Get a list of imports.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /imports (getImportList). Reference: https://apireference.getresponse.com/#operation/getImportList
        """
        from ..api.imports import get_import_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                sortfinished_on=sort_finished_on,
                sortcampaign_name=sort_campaign_name,
                sortuploaded_contacts=sort_uploaded_contacts,
                sortupdated_contacts=sort_updated_contacts,
                sortadded_contacts=sort_added_contacts,
                sortinvalid_contacts=sort_invalid_contacts,
                sortstatus=sort_status,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncImportsRawResource(AsyncResource):
    """client.imports.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewImport | Unset = UNSET,
    ) -> RawResponse[Import]:
        """Schedule a new contact import. Returns the raw response with the parsed body."""
        from ..api.imports import create_import as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get(
        self,
        import_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Import]:
        """Get import details by ID. Returns the raw response with the parsed body."""
        from ..api.imports import get_import_by_id as op

        return await self._call(
            op._get_kwargs(
                import_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_finished_on: SortOrderEnum | Unset = UNSET,
        sort_campaign_name: SortOrderEnum | Unset = UNSET,
        sort_uploaded_contacts: SortOrderEnum | Unset = UNSET,
        sort_updated_contacts: SortOrderEnum | Unset = UNSET,
        sort_added_contacts: SortOrderEnum | Unset = UNSET,
        sort_invalid_contacts: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Import]]:
        """Get a list of imports. Returns the raw response with the parsed body."""
        from ..api.imports import get_import_list as op

        return await self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                sortfinished_on=sort_finished_on,
                sortcampaign_name=sort_campaign_name,
                sortuploaded_contacts=sort_uploaded_contacts,
                sortupdated_contacts=sort_updated_contacts,
                sortadded_contacts=sort_added_contacts,
                sortinvalid_contacts=sort_invalid_contacts,
                sortstatus=sort_status,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncImportsResource(AsyncResource):
    """Imports: client.imports."""

    @cached_property
    def with_raw_response(self) -> AsyncImportsRawResource:
        return AsyncImportsRawResource(self._transport)

    async def create(
        self,
        body: NewImport | Unset = UNSET,
    ) -> Import:
        """Schedule a new contact import.

        POST /imports (createImport). Reference: https://apireference.getresponse.com/#operation/createImport
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def get(
        self,
        import_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Import:
        """Get import details by ID.

        GET /imports/{importId} (getImportById). Reference: https://apireference.getresponse.com/#operation/getImportById
        """
        return (
            await self.with_raw_response.get(
                import_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_finished_on: SortOrderEnum | Unset = UNSET,
        sort_campaign_name: SortOrderEnum | Unset = UNSET,
        sort_uploaded_contacts: SortOrderEnum | Unset = UNSET,
        sort_updated_contacts: SortOrderEnum | Unset = UNSET,
        sort_added_contacts: SortOrderEnum | Unset = UNSET,
        sort_invalid_contacts: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Import]:
        """Get a list of imports.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /imports (getImportList). Reference: https://apireference.getresponse.com/#operation/getImportList
        """
        from ..api.imports import get_import_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                sortfinished_on=sort_finished_on,
                sortcampaign_name=sort_campaign_name,
                sortuploaded_contacts=sort_uploaded_contacts,
                sortupdated_contacts=sort_updated_contacts,
                sortadded_contacts=sort_added_contacts,
                sortinvalid_contacts=sort_invalid_contacts,
                sortstatus=sort_status,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
