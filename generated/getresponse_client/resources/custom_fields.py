"""Custom Fields: client.custom_fields (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.custom_field import CustomField
    from ..models.custom_field_response import CustomFieldResponse
    from ..models.new_custom_field import NewCustomField
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.update_custom_field import UpdateCustomField


class CustomFieldsRawResource(SyncResource):
    """client.custom_fields.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewCustomField | Unset = UNSET,
    ) -> RawResponse[CustomFieldResponse]:
        """Create a custom field. Returns the raw response with the parsed body."""
        from ..api.custom_fields import create_custom_field as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        custom_field_id: str,
    ) -> RawResponse[None]:
        """Delete a single custom field definition. Returns the raw response with the parsed body."""
        from ..api.custom_fields import delete_custom_field as op

        return self._call(
            op._get_kwargs(
                custom_field_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[CustomFieldResponse]:
        """Get a single custom field definition by the custom field ID. Returns the raw response with the parsed body."""
        from ..api.custom_fields import get_custom_field_by_id as op

        return self._call(
            op._get_kwargs(
                custom_field_id,
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
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[CustomField]]:
        """Get a list of custom fields. Returns the raw response with the parsed body."""
        from ..api.custom_fields import get_custom_field_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        custom_field_id: str,
        body: UpdateCustomField | Unset = UNSET,
    ) -> RawResponse[CustomFieldResponse]:
        """Update the custom field definition. Returns the raw response with the parsed body."""
        from ..api.custom_fields import update_custom_field as op

        return self._call(
            op._get_kwargs(
                custom_field_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class CustomFieldsResource(SyncResource):
    """Custom Fields: client.custom_fields."""

    @cached_property
    def with_raw_response(self) -> CustomFieldsRawResource:
        return CustomFieldsRawResource(self._transport)

    def create(
        self,
        body: NewCustomField | Unset = UNSET,
    ) -> CustomFieldResponse:
        """Create a custom field.

        POST /custom-fields (createCustomField). Reference: https://apireference.getresponse.com/#operation/createCustomField
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        custom_field_id: str,
    ) -> None:
        """Delete a single custom field definition.

        DELETE /custom-fields/{customFieldId} (deleteCustomField). Reference: https://apireference.getresponse.com/#operation/deleteCustomField
        """
        return (
            self.with_raw_response.delete(
                custom_field_id,
            )
        ).parsed

    def get(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomFieldResponse:
        """Get a single custom field definition by the custom field ID.

        GET /custom-fields/{customFieldId} (getCustomFieldById). Reference: https://apireference.getresponse.com/#operation/getCustomFieldById
        """
        return (
            self.with_raw_response.get(
                custom_field_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[CustomField]:
        """Get a list of custom fields.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /custom-fields (getCustomFieldList). Reference: https://apireference.getresponse.com/#operation/getCustomFieldList
        """
        from ..api.custom_fields import get_custom_field_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        custom_field_id: str,
        body: UpdateCustomField | Unset = UNSET,
    ) -> CustomFieldResponse:
        """Update the custom field definition.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /custom-fields/{customFieldId} (updateCustomField). Reference: https://apireference.getresponse.com/#operation/updateCustomField
        """
        return (
            self.with_raw_response.update(
                custom_field_id,
                body,
            )
        ).parsed


class AsyncCustomFieldsRawResource(AsyncResource):
    """client.custom_fields.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewCustomField | Unset = UNSET,
    ) -> RawResponse[CustomFieldResponse]:
        """Create a custom field. Returns the raw response with the parsed body."""
        from ..api.custom_fields import create_custom_field as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        custom_field_id: str,
    ) -> RawResponse[None]:
        """Delete a single custom field definition. Returns the raw response with the parsed body."""
        from ..api.custom_fields import delete_custom_field as op

        return await self._call(
            op._get_kwargs(
                custom_field_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[CustomFieldResponse]:
        """Get a single custom field definition by the custom field ID. Returns the raw response with the parsed body."""
        from ..api.custom_fields import get_custom_field_by_id as op

        return await self._call(
            op._get_kwargs(
                custom_field_id,
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
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[CustomField]]:
        """Get a list of custom fields. Returns the raw response with the parsed body."""
        from ..api.custom_fields import get_custom_field_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        custom_field_id: str,
        body: UpdateCustomField | Unset = UNSET,
    ) -> RawResponse[CustomFieldResponse]:
        """Update the custom field definition. Returns the raw response with the parsed body."""
        from ..api.custom_fields import update_custom_field as op

        return await self._call(
            op._get_kwargs(
                custom_field_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncCustomFieldsResource(AsyncResource):
    """Custom Fields: client.custom_fields."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomFieldsRawResource:
        return AsyncCustomFieldsRawResource(self._transport)

    async def create(
        self,
        body: NewCustomField | Unset = UNSET,
    ) -> CustomFieldResponse:
        """Create a custom field.

        POST /custom-fields (createCustomField). Reference: https://apireference.getresponse.com/#operation/createCustomField
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        custom_field_id: str,
    ) -> None:
        """Delete a single custom field definition.

        DELETE /custom-fields/{customFieldId} (deleteCustomField). Reference: https://apireference.getresponse.com/#operation/deleteCustomField
        """
        return (
            await self.with_raw_response.delete(
                custom_field_id,
            )
        ).parsed

    async def get(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomFieldResponse:
        """Get a single custom field definition by the custom field ID.

        GET /custom-fields/{customFieldId} (getCustomFieldById). Reference: https://apireference.getresponse.com/#operation/getCustomFieldById
        """
        return (
            await self.with_raw_response.get(
                custom_field_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[CustomField]:
        """Get a list of custom fields.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /custom-fields (getCustomFieldList). Reference: https://apireference.getresponse.com/#operation/getCustomFieldList
        """
        from ..api.custom_fields import get_custom_field_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        custom_field_id: str,
        body: UpdateCustomField | Unset = UNSET,
    ) -> CustomFieldResponse:
        """Update the custom field definition.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /custom-fields/{customFieldId} (updateCustomField). Reference: https://apireference.getresponse.com/#operation/updateCustomField
        """
        return (
            await self.with_raw_response.update(
                custom_field_id,
                body,
            )
        ).parsed
