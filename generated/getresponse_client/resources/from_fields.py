"""From Fields: client.from_fields (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.from_field import FromField
    from ..models.new_from_field import NewFromField
    from ..models.sort_order_enum import SortOrderEnum


class FromFieldsRawResource(SyncResource):
    """client.from_fields.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewFromField | Unset = UNSET,
    ) -> RawResponse[FromField]:
        """Create 'From' address. Returns the raw response with the parsed body."""
        from ..api.from_fields import create_from_field as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        from_field_id: str,
        *,
        from_field_id_to_replace_with: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Delete 'From' address. Returns the raw response with the parsed body."""
        from ..api.from_fields import delete_from_field as op

        return self._call(
            op._get_kwargs(
                from_field_id,
                from_field_id_to_replace_with=from_field_id_to_replace_with,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        from_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[FromField]:
        """Get a single 'From' address by ID. Returns the raw response with the parsed body."""
        from ..api.from_fields import get_from_field_by_id as op

        return self._call(
            op._get_kwargs(
                from_field_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        query_is_active: bool | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[FromField]]:
        """Get the list of 'From' addresses. Returns the raw response with the parsed body."""
        from ..api.from_fields import get_from_field_list as op

        return self._call(
            op._get_kwargs(
                queryemail=query_email,
                queryname=query_name,
                queryis_default=query_is_default,
                queryis_active=query_is_active,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def set_default(
        self,
        from_field_id: str,
    ) -> RawResponse[None]:
        """Set a 'From' address as default. Returns the raw response with the parsed body."""
        from ..api.from_fields import set_from_field_as_default as op

        return self._call(
            op._get_kwargs(
                from_field_id,
            ),
            op._parse_response,
            idempotent=False,
        )


class FromFieldsResource(SyncResource):
    """From Fields: client.from_fields."""

    @cached_property
    def with_raw_response(self) -> FromFieldsRawResource:
        return FromFieldsRawResource(self._transport)

    def create(
        self,
        body: NewFromField | Unset = UNSET,
    ) -> FromField:
        """Create 'From' address.

        POST /from-fields (createFromField). Reference: https://apireference.getresponse.com/#operation/createFromField
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        from_field_id: str,
        *,
        from_field_id_to_replace_with: str | Unset = UNSET,
    ) -> None:
        """Delete 'From' address.

        DELETE /from-fields/{fromFieldId} (deleteFromField). Reference: https://apireference.getresponse.com/#operation/deleteFromField
        """
        return (
            self.with_raw_response.delete(
                from_field_id,
                from_field_id_to_replace_with=from_field_id_to_replace_with,
            )
        ).parsed

    def get(
        self,
        from_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> FromField:
        """Get a single 'From' address by ID.

        GET /from-fields/{fromFieldId} (getFromFieldById). Reference: https://apireference.getresponse.com/#operation/getFromFieldById
        """
        return (
            self.with_raw_response.get(
                from_field_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        query_is_active: bool | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[FromField]:
        """Get the list of 'From' addresses.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /from-fields (getFromFieldList). Reference: https://apireference.getresponse.com/#operation/getFromFieldList
        """
        from ..api.from_fields import get_from_field_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryemail=query_email,
                queryname=query_name,
                queryis_default=query_is_default,
                queryis_active=query_is_active,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def set_default(
        self,
        from_field_id: str,
    ) -> None:
        """Set a 'From' address as default.

        POST /from-fields/{fromFieldId}/default (setFromFieldAsDefault). Reference: https://apireference.getresponse.com/#operation/setFromFieldAsDefault
        """
        return (
            self.with_raw_response.set_default(
                from_field_id,
            )
        ).parsed


class AsyncFromFieldsRawResource(AsyncResource):
    """client.from_fields.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewFromField | Unset = UNSET,
    ) -> RawResponse[FromField]:
        """Create 'From' address. Returns the raw response with the parsed body."""
        from ..api.from_fields import create_from_field as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        from_field_id: str,
        *,
        from_field_id_to_replace_with: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Delete 'From' address. Returns the raw response with the parsed body."""
        from ..api.from_fields import delete_from_field as op

        return await self._call(
            op._get_kwargs(
                from_field_id,
                from_field_id_to_replace_with=from_field_id_to_replace_with,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        from_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[FromField]:
        """Get a single 'From' address by ID. Returns the raw response with the parsed body."""
        from ..api.from_fields import get_from_field_by_id as op

        return await self._call(
            op._get_kwargs(
                from_field_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        query_is_active: bool | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[FromField]]:
        """Get the list of 'From' addresses. Returns the raw response with the parsed body."""
        from ..api.from_fields import get_from_field_list as op

        return await self._call(
            op._get_kwargs(
                queryemail=query_email,
                queryname=query_name,
                queryis_default=query_is_default,
                queryis_active=query_is_active,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def set_default(
        self,
        from_field_id: str,
    ) -> RawResponse[None]:
        """Set a 'From' address as default. Returns the raw response with the parsed body."""
        from ..api.from_fields import set_from_field_as_default as op

        return await self._call(
            op._get_kwargs(
                from_field_id,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncFromFieldsResource(AsyncResource):
    """From Fields: client.from_fields."""

    @cached_property
    def with_raw_response(self) -> AsyncFromFieldsRawResource:
        return AsyncFromFieldsRawResource(self._transport)

    async def create(
        self,
        body: NewFromField | Unset = UNSET,
    ) -> FromField:
        """Create 'From' address.

        POST /from-fields (createFromField). Reference: https://apireference.getresponse.com/#operation/createFromField
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        from_field_id: str,
        *,
        from_field_id_to_replace_with: str | Unset = UNSET,
    ) -> None:
        """Delete 'From' address.

        DELETE /from-fields/{fromFieldId} (deleteFromField). Reference: https://apireference.getresponse.com/#operation/deleteFromField
        """
        return (
            await self.with_raw_response.delete(
                from_field_id,
                from_field_id_to_replace_with=from_field_id_to_replace_with,
            )
        ).parsed

    async def get(
        self,
        from_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> FromField:
        """Get a single 'From' address by ID.

        GET /from-fields/{fromFieldId} (getFromFieldById). Reference: https://apireference.getresponse.com/#operation/getFromFieldById
        """
        return (
            await self.with_raw_response.get(
                from_field_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        query_is_active: bool | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[FromField]:
        """Get the list of 'From' addresses.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /from-fields (getFromFieldList). Reference: https://apireference.getresponse.com/#operation/getFromFieldList
        """
        from ..api.from_fields import get_from_field_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryemail=query_email,
                queryname=query_name,
                queryis_default=query_is_default,
                queryis_active=query_is_active,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def set_default(
        self,
        from_field_id: str,
    ) -> None:
        """Set a 'From' address as default.

        POST /from-fields/{fromFieldId}/default (setFromFieldAsDefault). Reference: https://apireference.getresponse.com/#operation/setFromFieldAsDefault
        """
        return (
            await self.with_raw_response.set_default(
                from_field_id,
            )
        ).parsed
