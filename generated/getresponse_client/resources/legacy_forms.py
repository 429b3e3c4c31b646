"""Legacy Forms: client.legacy_forms (generated; do not edit)."""

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
    from ..models.legacy_form import LegacyForm
    from ..models.sort_order_enum import SortOrderEnum


class LegacyFormsRawResource(SyncResource):
    """client.legacy_forms.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        webform_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[LegacyForm]:
        """Get Legacy Form by ID. Returns the raw response with the parsed body."""
        from ..api.legacy_forms import get_legacy_form_by_id as op

        return self._call(
            op._get_kwargs(
                webform_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_modified_on_from: datetime.datetime | Unset = UNSET,
        query_modified_on_to: datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[LegacyForm]]:
        """Get Legacy Forms. Returns the raw response with the parsed body."""
        from ..api.legacy_forms import get_legacy_form_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querymodified_onfrom=query_modified_on_from,
                querymodified_onto=query_modified_on_to,
                querycampaign_id=query_campaign_id,
                sortmodified_on=sort_modified_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class LegacyFormsResource(SyncResource):
    """Legacy Forms: client.legacy_forms."""

    @cached_property
    def with_raw_response(self) -> LegacyFormsRawResource:
        return LegacyFormsRawResource(self._transport)

    def get(
        self,
        webform_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> LegacyForm:
        """Get Legacy Form by ID.

        GET /webforms/{webformId} (getLegacyFormById). Reference: https://apireference.getresponse.com/#operation/getLegacyFormById
        """
        return (
            self.with_raw_response.get(
                webform_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_modified_on_from: datetime.datetime | Unset = UNSET,
        query_modified_on_to: datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[LegacyForm]:
        """Get Legacy Forms.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /webforms (getLegacyFormList). Reference: https://apireference.getresponse.com/#operation/getLegacyFormList
        """
        from ..api.legacy_forms import get_legacy_form_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querymodified_onfrom=query_modified_on_from,
                querymodified_onto=query_modified_on_to,
                querycampaign_id=query_campaign_id,
                sortmodified_on=sort_modified_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncLegacyFormsRawResource(AsyncResource):
    """client.legacy_forms.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        webform_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[LegacyForm]:
        """Get Legacy Form by ID. Returns the raw response with the parsed body."""
        from ..api.legacy_forms import get_legacy_form_by_id as op

        return await self._call(
            op._get_kwargs(
                webform_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_modified_on_from: datetime.datetime | Unset = UNSET,
        query_modified_on_to: datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[LegacyForm]]:
        """Get Legacy Forms. Returns the raw response with the parsed body."""
        from ..api.legacy_forms import get_legacy_form_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querymodified_onfrom=query_modified_on_from,
                querymodified_onto=query_modified_on_to,
                querycampaign_id=query_campaign_id,
                sortmodified_on=sort_modified_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncLegacyFormsResource(AsyncResource):
    """Legacy Forms: client.legacy_forms."""

    @cached_property
    def with_raw_response(self) -> AsyncLegacyFormsRawResource:
        return AsyncLegacyFormsRawResource(self._transport)

    async def get(
        self,
        webform_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> LegacyForm:
        """Get Legacy Form by ID.

        GET /webforms/{webformId} (getLegacyFormById). Reference: https://apireference.getresponse.com/#operation/getLegacyFormById
        """
        return (
            await self.with_raw_response.get(
                webform_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_modified_on_from: datetime.datetime | Unset = UNSET,
        query_modified_on_to: datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[LegacyForm]:
        """Get Legacy Forms.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /webforms (getLegacyFormList). Reference: https://apireference.getresponse.com/#operation/getLegacyFormList
        """
        from ..api.legacy_forms import get_legacy_form_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querymodified_onfrom=query_modified_on_from,
                querymodified_onto=query_modified_on_to,
                querycampaign_id=query_campaign_id,
                sortmodified_on=sort_modified_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
