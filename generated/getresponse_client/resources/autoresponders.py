"""Autoresponders: client.autoresponders (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..models.get_autoresponder_thumbnail_size import GetAutoresponderThumbnailSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.autoresponder_details import AutoresponderDetails
    from ..models.autoresponder_list_item import AutoresponderListItem
    from ..models.get_autoresponder_list_querystatus import GetAutoresponderListQuerystatus
    from ..models.get_autoresponder_statistics_collection_querygroup_by import (
        GetAutoresponderStatisticsCollectionQuerygroupBy,
    )
    from ..models.get_single_autoresponder_statistics_querygroup_by import GetSingleAutoresponderStatisticsQuerygroupBy
    from ..models.message_statistics_list_element import MessageStatisticsListElement
    from ..models.new_autoresponder import NewAutoresponder
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.update_autoresponder import UpdateAutoresponder
    from ..types import File


class AutorespondersRawResource(SyncResource):
    """client.autoresponders.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewAutoresponder | Unset = UNSET,
    ) -> RawResponse[AutoresponderDetails]:
        """Create autoresponder. Returns the raw response with the parsed body."""
        from ..api.autoresponders import create_autoresponder as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        autoresponder_id: str,
    ) -> RawResponse[None]:
        """Delete autoresponder. Returns the raw response with the parsed body."""
        from ..api.autoresponders import delete_autoresponder as op

        return self._call(
            op._get_kwargs(
                autoresponder_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        autoresponder_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[AutoresponderDetails]:
        """Get a single autoresponder by its ID. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_autoresponder as op

        return self._call(
            op._get_kwargs(
                autoresponder_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetAutoresponderListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        sort_day_of_cycle: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_open_rate: SortOrderEnum | Unset = UNSET,
        sort_click_rate: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[AutoresponderListItem]]:
        """Get the list of autoresponders. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_autoresponder_list as op

        return self._call(
            op._get_kwargs(
                querysubject=query_subject,
                queryname=query_name,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
                sortname=sort_name,
                sortsubject=sort_subject,
                sortday_of_cycle=sort_day_of_cycle,
                sortdelivered=sort_delivered,
                sortopen_rate=sort_open_rate,
                sortclick_rate=sort_click_rate,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        autoresponder_id: str,
        body: UpdateAutoresponder | Unset = UNSET,
    ) -> RawResponse[AutoresponderDetails]:
        """Update autoresponder. Returns the raw response with the parsed body."""
        from ..api.autoresponders import update_autoresponder as op

        return self._call(
            op._get_kwargs(
                autoresponder_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def get_statistics(
        self,
        autoresponder_id: str,
        *,
        query_group_by: GetSingleAutoresponderStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """The statistics for a single autoresponder. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_single_autoresponder_statistics as op

        return self._call(
            op._get_kwargs(
                autoresponder_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_statistics_collection(
        self,
        *,
        query_group_by: GetAutoresponderStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_autoreponder_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """The statistics for all autoresponders. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_autoresponder_statistics_collection as op

        return self._call(
            op._get_kwargs(
                querygroup_by=query_group_by,
                queryautoreponder_id=query_autoreponder_id,
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_thumbnail(
        self,
        autoresponder_id: str,
        *,
        size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
    ) -> RawResponse[File]:
        """Get the autoresponder thumbnail. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_autoresponder_thumbnail as op

        return self._call(
            op._get_kwargs(
                autoresponder_id,
                size=size,
            ),
            op._parse_response,
            idempotent=True,
        )


class AutorespondersResource(SyncResource):
    """Autoresponders: client.autoresponders."""

    @cached_property
    def with_raw_response(self) -> AutorespondersRawResource:
        return AutorespondersRawResource(self._transport)

    def create(
        self,
        body: NewAutoresponder | Unset = UNSET,
    ) -> AutoresponderDetails:
        """Create autoresponder.

        POST /autoresponders (createAutoresponder). Reference: https://apireference.getresponse.com/#operation/createAutoresponder
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        autoresponder_id: str,
    ) -> None:
        """Delete autoresponder.

        DELETE /autoresponders/{autoresponderId} (deleteAutoresponder). Reference: https://apireference.getresponse.com/#operation/deleteAutoresponder
        """
        return (
            self.with_raw_response.delete(
                autoresponder_id,
            )
        ).parsed

    def get(
        self,
        autoresponder_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> AutoresponderDetails:
        """Get a single autoresponder by its ID.

        GET /autoresponders/{autoresponderId} (getAutoresponder). Reference: https://apireference.getresponse.com/#operation/getAutoresponder
        """
        return (
            self.with_raw_response.get(
                autoresponder_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetAutoresponderListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        sort_day_of_cycle: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_open_rate: SortOrderEnum | Unset = UNSET,
        sort_click_rate: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[AutoresponderListItem]:
        """Get the list of autoresponders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /autoresponders (getAutoresponderList). Reference: https://apireference.getresponse.com/#operation/getAutoresponderList
        """
        from ..api.autoresponders import get_autoresponder_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querysubject=query_subject,
                queryname=query_name,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
                sortname=sort_name,
                sortsubject=sort_subject,
                sortday_of_cycle=sort_day_of_cycle,
                sortdelivered=sort_delivered,
                sortopen_rate=sort_open_rate,
                sortclick_rate=sort_click_rate,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        autoresponder_id: str,
        body: UpdateAutoresponder | Unset = UNSET,
    ) -> AutoresponderDetails:
        """Update autoresponder.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /autoresponders/{autoresponderId} (updateAutoresponder). Reference: https://apireference.getresponse.com/#operation/updateAutoresponder
        """
        return (
            self.with_raw_response.update(
                autoresponder_id,
                body,
            )
        ).parsed

    def get_statistics(
        self,
        autoresponder_id: str,
        *,
        query_group_by: GetSingleAutoresponderStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[MessageStatisticsListElement]:
        """The statistics for a single autoresponder.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /autoresponders/{autoresponderId}/statistics (getSingleAutoresponderStatistics). Reference: https://apireference.getresponse.com/#operation/getSingleAutoresponderStatistics
        """
        from ..api.autoresponders import get_single_autoresponder_statistics as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                autoresponder_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def get_statistics_collection(
        self,
        *,
        query_group_by: GetAutoresponderStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_autoreponder_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[MessageStatisticsListElement]:
        """The statistics for all autoresponders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /autoresponders/statistics (getAutoresponderStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getAutoresponderStatisticsCollection
        """
        from ..api.autoresponders import get_autoresponder_statistics_collection as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querygroup_by=query_group_by,
                queryautoreponder_id=query_autoreponder_id,
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def get_thumbnail(
        self,
        autoresponder_id: str,
        *,
        size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
    ) -> File:
        """Get the autoresponder thumbnail.

        GET /autoresponders/{autoresponderId}/thumbnail (getAutoresponderThumbnail). Reference: https://apireference.getresponse.com/#operation/getAutoresponderThumbnail
        """
        return (
            self.with_raw_response.get_thumbnail(
                autoresponder_id,
                size=size,
            )
        ).parsed


class AsyncAutorespondersRawResource(AsyncResource):
    """client.autoresponders.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewAutoresponder | Unset = UNSET,
    ) -> RawResponse[AutoresponderDetails]:
        """Create autoresponder. Returns the raw response with the parsed body."""
        from ..api.autoresponders import create_autoresponder as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        autoresponder_id: str,
    ) -> RawResponse[None]:
        """Delete autoresponder. Returns the raw response with the parsed body."""
        from ..api.autoresponders import delete_autoresponder as op

        return await self._call(
            op._get_kwargs(
                autoresponder_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        autoresponder_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[AutoresponderDetails]:
        """Get a single autoresponder by its ID. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_autoresponder as op

        return await self._call(
            op._get_kwargs(
                autoresponder_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetAutoresponderListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        sort_day_of_cycle: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_open_rate: SortOrderEnum | Unset = UNSET,
        sort_click_rate: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[AutoresponderListItem]]:
        """Get the list of autoresponders. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_autoresponder_list as op

        return await self._call(
            op._get_kwargs(
                querysubject=query_subject,
                queryname=query_name,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
                sortname=sort_name,
                sortsubject=sort_subject,
                sortday_of_cycle=sort_day_of_cycle,
                sortdelivered=sort_delivered,
                sortopen_rate=sort_open_rate,
                sortclick_rate=sort_click_rate,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        autoresponder_id: str,
        body: UpdateAutoresponder | Unset = UNSET,
    ) -> RawResponse[AutoresponderDetails]:
        """Update autoresponder. Returns the raw response with the parsed body."""
        from ..api.autoresponders import update_autoresponder as op

        return await self._call(
            op._get_kwargs(
                autoresponder_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get_statistics(
        self,
        autoresponder_id: str,
        *,
        query_group_by: GetSingleAutoresponderStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """The statistics for a single autoresponder. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_single_autoresponder_statistics as op

        return await self._call(
            op._get_kwargs(
                autoresponder_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_statistics_collection(
        self,
        *,
        query_group_by: GetAutoresponderStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_autoreponder_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """The statistics for all autoresponders. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_autoresponder_statistics_collection as op

        return await self._call(
            op._get_kwargs(
                querygroup_by=query_group_by,
                queryautoreponder_id=query_autoreponder_id,
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_thumbnail(
        self,
        autoresponder_id: str,
        *,
        size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
    ) -> RawResponse[File]:
        """Get the autoresponder thumbnail. Returns the raw response with the parsed body."""
        from ..api.autoresponders import get_autoresponder_thumbnail as op

        return await self._call(
            op._get_kwargs(
                autoresponder_id,
                size=size,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncAutorespondersResource(AsyncResource):
    """Autoresponders: client.autoresponders."""

    @cached_property
    def with_raw_response(self) -> AsyncAutorespondersRawResource:
        return AsyncAutorespondersRawResource(self._transport)

    async def create(
        self,
        body: NewAutoresponder | Unset = UNSET,
    ) -> AutoresponderDetails:
        """Create autoresponder.

        POST /autoresponders (createAutoresponder). Reference: https://apireference.getresponse.com/#operation/createAutoresponder
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        autoresponder_id: str,
    ) -> None:
        """Delete autoresponder.

        DELETE /autoresponders/{autoresponderId} (deleteAutoresponder). Reference: https://apireference.getresponse.com/#operation/deleteAutoresponder
        """
        return (
            await self.with_raw_response.delete(
                autoresponder_id,
            )
        ).parsed

    async def get(
        self,
        autoresponder_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> AutoresponderDetails:
        """Get a single autoresponder by its ID.

        GET /autoresponders/{autoresponderId} (getAutoresponder). Reference: https://apireference.getresponse.com/#operation/getAutoresponder
        """
        return (
            await self.with_raw_response.get(
                autoresponder_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetAutoresponderListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        sort_day_of_cycle: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_open_rate: SortOrderEnum | Unset = UNSET,
        sort_click_rate: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[AutoresponderListItem]:
        """Get the list of autoresponders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /autoresponders (getAutoresponderList). Reference: https://apireference.getresponse.com/#operation/getAutoresponderList
        """
        from ..api.autoresponders import get_autoresponder_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querysubject=query_subject,
                queryname=query_name,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
                sortname=sort_name,
                sortsubject=sort_subject,
                sortday_of_cycle=sort_day_of_cycle,
                sortdelivered=sort_delivered,
                sortopen_rate=sort_open_rate,
                sortclick_rate=sort_click_rate,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        autoresponder_id: str,
        body: UpdateAutoresponder | Unset = UNSET,
    ) -> AutoresponderDetails:
        """Update autoresponder.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /autoresponders/{autoresponderId} (updateAutoresponder). Reference: https://apireference.getresponse.com/#operation/updateAutoresponder
        """
        return (
            await self.with_raw_response.update(
                autoresponder_id,
                body,
            )
        ).parsed

    async def get_statistics(
        self,
        autoresponder_id: str,
        *,
        query_group_by: GetSingleAutoresponderStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[MessageStatisticsListElement]:
        """The statistics for a single autoresponder.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /autoresponders/{autoresponderId}/statistics (getSingleAutoresponderStatistics). Reference: https://apireference.getresponse.com/#operation/getSingleAutoresponderStatistics
        """
        from ..api.autoresponders import get_single_autoresponder_statistics as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                autoresponder_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def get_statistics_collection(
        self,
        *,
        query_group_by: GetAutoresponderStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_autoreponder_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[MessageStatisticsListElement]:
        """The statistics for all autoresponders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /autoresponders/statistics (getAutoresponderStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getAutoresponderStatisticsCollection
        """
        from ..api.autoresponders import get_autoresponder_statistics_collection as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querygroup_by=query_group_by,
                queryautoreponder_id=query_autoreponder_id,
                querycampaign_id=query_campaign_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def get_thumbnail(
        self,
        autoresponder_id: str,
        *,
        size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
    ) -> File:
        """Get the autoresponder thumbnail.

        GET /autoresponders/{autoresponderId}/thumbnail (getAutoresponderThumbnail). Reference: https://apireference.getresponse.com/#operation/getAutoresponderThumbnail
        """
        return (
            await self.with_raw_response.get_thumbnail(
                autoresponder_id,
                size=size,
            )
        ).parsed
