"""Imports: client.imports (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from getresponse_runtime.pagination import ConsistentOrder
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
    import datetime
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.import_ import Import
    from ..models.new_import import NewImport, NewImportDict
    from ..models.sort_order_enum import SortOrderEnum


class ImportsResource(SyncResource):
    """Imports: client.imports."""

    @overload
    def create(
        self,
        *,
        campaign_id: str,
        field_mapping: builtins.list[str],
        contacts: builtins.list[builtins.list[str]],
        **options: Unpack[RequestOptions],
    ) -> Import: ...

    @overload
    def create(
        self,
        *,
        body: NewImport | NewImportDict,
        **options: Unpack[RequestOptions],
    ) -> Import: ...

    def create(
        self,
        *,
        body: NewImport | NewImportDict | None = None,
        campaign_id: str | Unset = UNSET,
        field_mapping: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[builtins.list[str]] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Import:
        """Schedule a new contact import.

        Args:
            campaign_id: The ID of the destination campaign (list)
            field_mapping: Mapping definition for such contact properties as email address, name, or custom
                fields.
            contacts: Container for a contact definition.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /imports (createImport). Reference: https://apireference.getresponse.com/#operation/createImport
        """
        from ..models.import_ import Import

        return self._request(
            "POST",
            "/imports",
            cast_to=Import,
            json=json_body(
                "imports.create",
                body,
                {"campaign_id": campaign_id, "field_mapping": field_mapping, "contacts": contacts},
                IMPORTS_CREATE_WIRE,
                required=("campaign_id", "field_mapping", "contacts"),
            ),
            operation="createImport",
            options=options,
        )

    def get(
        self,
        import_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Import:
        """Get import details by ID.

        Args:
            import_id: The import ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /imports/{importId} (getImportById). Reference: https://apireference.getresponse.com/#operation/getImportById
        """
        from ..models.import_ import Import

        return self._request(
            "GET",
            f"/imports/{path_value(import_id)}",
            cast_to=Import,
            params={"fields": fields},
            operation="getImportById",
            options=options,
        )

    def list(
        self,
        *,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_finished_on: SortOrderEnum | Unset = UNSET,
        sort_list_name: SortOrderEnum | Unset = UNSET,
        sort_uploaded_contacts: SortOrderEnum | Unset = UNSET,
        sort_updated_contacts: SortOrderEnum | Unset = UNSET,
        sort_added_contacts: SortOrderEnum | Unset = UNSET,
        sort_invalid_contacts: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[Import]:
        """Get a list of imports.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_list_id: Search imports by campaignId
            query_created_on_from: Search imports created from this date
            query_created_on_to: Search imports created to this date
            sort_created_on: Sort imports by creation date
            sort_finished_on: Sort imports by finish date
            sort_list_name: Sort imports by campaign name
            sort_uploaded_contacts: Sort imports by uploaded contact count
            sort_updated_contacts: Sort imports by updated contact count
            sort_added_contacts: Sort imports by inserted contact count
            sort_invalid_contacts: Sort imports by invalid contact count
            sort_status: Sort imports by status (uploaded, to_review, approved, finished, rejected,
                canceled)
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /imports (getImportList). Reference: https://apireference.getresponse.com/#operation/getImportList
        """
        from ..models.import_ import Import

        return self._page(
            "/imports",
            item=Import,
            params={
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "sort[finishedOn]": sort_finished_on,
                "sort[campaignName]": sort_list_name,
                "sort[uploadedContacts]": sort_uploaded_contacts,
                "sort[updatedContacts]": sort_updated_contacts,
                "sort[addedContacts]": sort_added_contacts,
                "sort[invalidContacts]": sort_invalid_contacts,
                "sort[status]": sort_status,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "importId"),
            operation="getImportList",
            options=options,
        )

    @property
    def with_raw_response(self) -> ImportsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return ImportsResourceWithRawResponse(self._raw_copy())


class ImportsResourceWithRawResponse:
    """client.imports.with_raw_response."""

    def __init__(self, resource: ImportsResource) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncImportsResource(AsyncResource):
    """Imports: client.imports."""

    @overload
    async def create(
        self,
        *,
        campaign_id: str,
        field_mapping: builtins.list[str],
        contacts: builtins.list[builtins.list[str]],
        **options: Unpack[RequestOptions],
    ) -> Import: ...

    @overload
    async def create(
        self,
        *,
        body: NewImport | NewImportDict,
        **options: Unpack[RequestOptions],
    ) -> Import: ...

    async def create(
        self,
        *,
        body: NewImport | NewImportDict | None = None,
        campaign_id: str | Unset = UNSET,
        field_mapping: builtins.list[str] | Unset = UNSET,
        contacts: builtins.list[builtins.list[str]] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Import:
        """Schedule a new contact import.

        Args:
            campaign_id: The ID of the destination campaign (list)
            field_mapping: Mapping definition for such contact properties as email address, name, or custom
                fields.
            contacts: Container for a contact definition.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /imports (createImport). Reference: https://apireference.getresponse.com/#operation/createImport
        """
        from ..models.import_ import Import

        return await self._request(
            "POST",
            "/imports",
            cast_to=Import,
            json=json_body(
                "imports.create",
                body,
                {"campaign_id": campaign_id, "field_mapping": field_mapping, "contacts": contacts},
                IMPORTS_CREATE_WIRE,
                required=("campaign_id", "field_mapping", "contacts"),
            ),
            operation="createImport",
            options=options,
        )

    async def get(
        self,
        import_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Import:
        """Get import details by ID.

        Args:
            import_id: The import ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /imports/{importId} (getImportById). Reference: https://apireference.getresponse.com/#operation/getImportById
        """
        from ..models.import_ import Import

        return await self._request(
            "GET",
            f"/imports/{path_value(import_id)}",
            cast_to=Import,
            params={"fields": fields},
            operation="getImportById",
            options=options,
        )

    def list(
        self,
        *,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_finished_on: SortOrderEnum | Unset = UNSET,
        sort_list_name: SortOrderEnum | Unset = UNSET,
        sort_uploaded_contacts: SortOrderEnum | Unset = UNSET,
        sort_updated_contacts: SortOrderEnum | Unset = UNSET,
        sort_added_contacts: SortOrderEnum | Unset = UNSET,
        sort_invalid_contacts: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Import]:
        """Get a list of imports.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_list_id: Search imports by campaignId
            query_created_on_from: Search imports created from this date
            query_created_on_to: Search imports created to this date
            sort_created_on: Sort imports by creation date
            sort_finished_on: Sort imports by finish date
            sort_list_name: Sort imports by campaign name
            sort_uploaded_contacts: Sort imports by uploaded contact count
            sort_updated_contacts: Sort imports by updated contact count
            sort_added_contacts: Sort imports by inserted contact count
            sort_invalid_contacts: Sort imports by invalid contact count
            sort_status: Sort imports by status (uploaded, to_review, approved, finished, rejected,
                canceled)
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /imports (getImportList). Reference: https://apireference.getresponse.com/#operation/getImportList
        """
        from ..models.import_ import Import

        return self._page(
            "/imports",
            item=Import,
            params={
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "sort[finishedOn]": sort_finished_on,
                "sort[campaignName]": sort_list_name,
                "sort[uploadedContacts]": sort_uploaded_contacts,
                "sort[updatedContacts]": sort_updated_contacts,
                "sort[addedContacts]": sort_added_contacts,
                "sort[invalidContacts]": sort_invalid_contacts,
                "sort[status]": sort_status,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "importId"),
            operation="getImportList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncImportsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncImportsResourceWithRawResponse(self._raw_copy())


class AsyncImportsResourceWithRawResponse:
    """client.imports.with_raw_response."""

    def __init__(self, resource: AsyncImportsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)


# Keyword argument -> JSON name, per method with a body.
IMPORTS_CREATE_WIRE = {"campaign_id": "campaignId", "field_mapping": "fieldMapping", "contacts": "contacts"}
