"""GDPR Fields: client.gdpr_fields (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.gdpr_field import GDPRField
    from ..models.gdpr_field_details import GDPRFieldDetails
    from ..models.sort_order_enum import SortOrderEnum


class GdprFieldsRawResource(SyncResource):
    """client.gdpr_fields.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        gdpr_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[GDPRFieldDetails]:
        """Get GDPR Field details. Returns the raw response with the parsed body."""
        from ..api.gdpr_fields import get_gdpr_field as op

        return self._call(
            op._get_kwargs(
                gdpr_field_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[GDPRField]]:
        """Get the GDPR fields list. Returns the raw response with the parsed body."""
        from ..api.gdpr_fields import get_gdpr_field_list as op

        return self._call(
            op._get_kwargs(
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class GdprFieldsResource(SyncResource):
    """GDPR Fields: client.gdpr_fields."""

    @cached_property
    def with_raw_response(self) -> GdprFieldsRawResource:
        return GdprFieldsRawResource(self._transport)

    def get(
        self,
        gdpr_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> GDPRFieldDetails:
        """Get GDPR Field details.

        GET /gdpr-fields/{gdprFieldId} (getGDPRField). Reference: https://apireference.getresponse.com/#operation/getGDPRField
        """
        return (
            self.with_raw_response.get(
                gdpr_field_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[GDPRField]:
        """Get the GDPR fields list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /gdpr-fields (getGDPRFieldList). Reference: https://apireference.getresponse.com/#operation/getGDPRFieldList
        """
        from ..api.gdpr_fields import get_gdpr_field_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncGdprFieldsRawResource(AsyncResource):
    """client.gdpr_fields.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        gdpr_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[GDPRFieldDetails]:
        """Get GDPR Field details. Returns the raw response with the parsed body."""
        from ..api.gdpr_fields import get_gdpr_field as op

        return await self._call(
            op._get_kwargs(
                gdpr_field_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[GDPRField]]:
        """Get the GDPR fields list. Returns the raw response with the parsed body."""
        from ..api.gdpr_fields import get_gdpr_field_list as op

        return await self._call(
            op._get_kwargs(
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncGdprFieldsResource(AsyncResource):
    """GDPR Fields: client.gdpr_fields."""

    @cached_property
    def with_raw_response(self) -> AsyncGdprFieldsRawResource:
        return AsyncGdprFieldsRawResource(self._transport)

    async def get(
        self,
        gdpr_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> GDPRFieldDetails:
        """Get GDPR Field details.

        GET /gdpr-fields/{gdprFieldId} (getGDPRField). Reference: https://apireference.getresponse.com/#operation/getGDPRField
        """
        return (
            await self.with_raw_response.get(
                gdpr_field_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[GDPRField]:
        """Get the GDPR fields list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /gdpr-fields (getGDPRFieldList). Reference: https://apireference.getresponse.com/#operation/getGDPRFieldList
        """
        from ..api.gdpr_fields import get_gdpr_field_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
