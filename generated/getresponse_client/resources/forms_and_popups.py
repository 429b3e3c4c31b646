"""Forms and Popups: client.forms_and_popups (generated; do not edit)."""

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
    from ..models.get_popups_list_querystatus import GetPopupsListQuerystatus
    from ..models.popup_details import PopupDetails
    from ..models.popup_list_item import PopupListItem
    from ..models.sort_order_enum import SortOrderEnum


class FormsAndPopupsRawResource(SyncResource):
    """client.forms_and_popups.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        popup_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[PopupDetails]:
        """Get a single form or popup by ID. Returns the raw response with the parsed body."""
        from ..api.forms_and_popups import get_popup_details as op

        return self._call(
            op._get_kwargs(
                popup_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetPopupsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_views: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_ctr: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[PopupListItem]]:
        """Get the list of forms and popups. Returns the raw response with the parsed body."""
        from ..api.forms_and_popups import get_popups_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortstatus=sort_status,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortviews=sort_views,
                sortunique_visitors=sort_unique_visitors,
                sortleads=sort_leads,
                sortctr=sort_ctr,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class FormsAndPopupsResource(SyncResource):
    """Forms and Popups: client.forms_and_popups."""

    @cached_property
    def with_raw_response(self) -> FormsAndPopupsRawResource:
        return FormsAndPopupsRawResource(self._transport)

    def get(
        self,
        popup_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> PopupDetails:
        """Get a single form or popup by ID.

        GET /popups/{popupId} (getPopupDetails). Reference: https://apireference.getresponse.com/#operation/getPopupDetails
        """
        return (
            self.with_raw_response.get(
                popup_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetPopupsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_views: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_ctr: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[PopupListItem]:
        """Get the list of forms and popups.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /popups (getPopupsList). Reference: https://apireference.getresponse.com/#operation/getPopupsList
        """
        from ..api.forms_and_popups import get_popups_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortstatus=sort_status,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortviews=sort_views,
                sortunique_visitors=sort_unique_visitors,
                sortleads=sort_leads,
                sortctr=sort_ctr,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )


class AsyncFormsAndPopupsRawResource(AsyncResource):
    """client.forms_and_popups.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        popup_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[PopupDetails]:
        """Get a single form or popup by ID. Returns the raw response with the parsed body."""
        from ..api.forms_and_popups import get_popup_details as op

        return await self._call(
            op._get_kwargs(
                popup_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetPopupsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_views: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_ctr: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[PopupListItem]]:
        """Get the list of forms and popups. Returns the raw response with the parsed body."""
        from ..api.forms_and_popups import get_popups_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortstatus=sort_status,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortviews=sort_views,
                sortunique_visitors=sort_unique_visitors,
                sortleads=sort_leads,
                sortctr=sort_ctr,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncFormsAndPopupsResource(AsyncResource):
    """Forms and Popups: client.forms_and_popups."""

    @cached_property
    def with_raw_response(self) -> AsyncFormsAndPopupsRawResource:
        return AsyncFormsAndPopupsRawResource(self._transport)

    async def get(
        self,
        popup_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> PopupDetails:
        """Get a single form or popup by ID.

        GET /popups/{popupId} (getPopupDetails). Reference: https://apireference.getresponse.com/#operation/getPopupDetails
        """
        return (
            await self.with_raw_response.get(
                popup_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_status: GetPopupsListQuerystatus | Unset = UNSET,
        stats_from: datetime.datetime | Unset = UNSET,
        stats_to: datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_updated_at: SortOrderEnum | Unset = UNSET,
        sort_views: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_leads: SortOrderEnum | Unset = UNSET,
        sort_ctr: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[PopupListItem]:
        """Get the list of forms and popups.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /popups (getPopupsList). Reference: https://apireference.getresponse.com/#operation/getPopupsList
        """
        from ..api.forms_and_popups import get_popups_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querystatus=query_status,
                statsfrom=stats_from,
                statsto=stats_to,
                sortname=sort_name,
                sortstatus=sort_status,
                sortcreated_at=sort_created_at,
                sortupdated_at=sort_updated_at,
                sortviews=sort_views,
                sortunique_visitors=sort_unique_visitors,
                sortleads=sort_leads,
                sortctr=sort_ctr,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )
