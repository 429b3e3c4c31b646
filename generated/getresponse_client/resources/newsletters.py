"""Newsletters: client.newsletters (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..models.get_newsletter_thumbnail_size import GetNewsletterThumbnailSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.get_newsletter_activities_queryactivity import GetNewsletterActivitiesQueryactivity
    from ..models.get_newsletter_list_querystatus import GetNewsletterListQuerystatus
    from ..models.get_newsletter_list_querytype import GetNewsletterListQuerytype
    from ..models.get_newsletter_statistics_collection_querygroup_by import (
        GetNewsletterStatisticsCollectionQuerygroupBy,
    )
    from ..models.get_single_newsletter_statistics_querygroup_by import GetSingleNewsletterStatisticsQuerygroupBy
    from ..models.message_statistics_list_element import MessageStatisticsListElement
    from ..models.new_newsletter import NewNewsletter
    from ..models.newsletter_activity import NewsletterActivity
    from ..models.newsletter_details import NewsletterDetails
    from ..models.newsletter_list_element import NewsletterListElement
    from ..models.send_newsletter_draft import SendNewsletterDraft
    from ..models.sort_order_enum import SortOrderEnum
    from ..types import File


class NewslettersRawResource(SyncResource):
    """client.newsletters.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewNewsletter | Unset = UNSET,
    ) -> RawResponse[NewsletterDetails]:
        """Create newsletter. Returns the raw response with the parsed body."""
        from ..api.newsletters import create_newsletter as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        newsletter_id: str,
    ) -> RawResponse[None]:
        """Delete newsletter. Returns the raw response with the parsed body."""
        from ..api.newsletters import delete_newsletter as op

        return self._call(
            op._get_kwargs(
                newsletter_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[NewsletterDetails]:
        """Get a single newsletter by its ID. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter as op

        return self._call(
            op._get_kwargs(
                newsletter_id,
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
        query_status: GetNewsletterListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_send_on_from: datetime.date | Unset = UNSET,
        query_send_on_to: datetime.date | Unset = UNSET,
        query_type: GetNewsletterListQuerytype | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[NewsletterListElement]]:
        """Get the newsletter list. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter_list as op

        return self._call(
            op._get_kwargs(
                querysubject=query_subject,
                queryname=query_name,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querysend_onfrom=query_send_on_from,
                querysend_onto=query_send_on_to,
                querytype=query_type,
                querycampaign_id=query_campaign_id,
                sortcreated_on=sort_created_on,
                sortsend_on=sort_send_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def cancel_sending(
        self,
        newsletter_id: str,
    ) -> RawResponse[NewsletterDetails]:
        """Cancel sending the newsletter. Returns the raw response with the parsed body."""
        from ..api.newsletters import cancel_message_send as op

        return self._call(
            op._get_kwargs(
                newsletter_id,
            ),
            op._parse_response,
            idempotent=False,
        )

    def get_activities(
        self,
        newsletter_id: str,
        *,
        query_activity: GetNewsletterActivitiesQueryactivity | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[NewsletterActivity]]:
        """Get newsletter activities. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter_activities as op

        return self._call(
            op._get_kwargs(
                newsletter_id,
                queryactivity=query_activity,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_statistics(
        self,
        newsletter_id: str,
        *,
        query_group_by: GetSingleNewsletterStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """The statistics of single newsletter. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_single_newsletter_statistics as op

        return self._call(
            op._get_kwargs(
                newsletter_id,
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
        query_group_by: GetNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_newsletter_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """Total newsletter statistics. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter_statistics_collection as op

        return self._call(
            op._get_kwargs(
                querygroup_by=query_group_by,
                querynewsletter_id=query_newsletter_id,
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
        newsletter_id: str,
        *,
        size: GetNewsletterThumbnailSize | Unset = GetNewsletterThumbnailSize.DEFAULT,
    ) -> RawResponse[File]:
        """Get newsletter thumbnail. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter_thumbnail as op

        return self._call(
            op._get_kwargs(
                newsletter_id,
                size=size,
            ),
            op._parse_response,
            idempotent=True,
        )

    def send_draft(
        self,
        body: SendNewsletterDraft | Unset = UNSET,
    ) -> RawResponse[NewsletterDetails]:
        """Send the newsletter draft. Returns the raw response with the parsed body."""
        from ..api.newsletters import send_draft as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class NewslettersResource(SyncResource):
    """Newsletters: client.newsletters."""

    @cached_property
    def with_raw_response(self) -> NewslettersRawResource:
        return NewslettersRawResource(self._transport)

    def create(
        self,
        body: NewNewsletter | Unset = UNSET,
    ) -> NewsletterDetails:
        """Create newsletter.

        POST /newsletters (createNewsletter). Reference: https://apireference.getresponse.com/#operation/createNewsletter
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        newsletter_id: str,
    ) -> None:
        """Delete newsletter.

        DELETE /newsletters/{newsletterId} (deleteNewsletter). Reference: https://apireference.getresponse.com/#operation/deleteNewsletter
        """
        return (
            self.with_raw_response.delete(
                newsletter_id,
            )
        ).parsed

    def get(
        self,
        newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> NewsletterDetails:
        """Get a single newsletter by its ID.

        GET /newsletters/{newsletterId} (getNewsletter). Reference: https://apireference.getresponse.com/#operation/getNewsletter
        """
        return (
            self.with_raw_response.get(
                newsletter_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetNewsletterListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_send_on_from: datetime.date | Unset = UNSET,
        query_send_on_to: datetime.date | Unset = UNSET,
        query_type: GetNewsletterListQuerytype | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[NewsletterListElement]:
        """Get the newsletter list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /newsletters (getNewsletterList). Reference: https://apireference.getresponse.com/#operation/getNewsletterList
        """
        from ..api.newsletters import get_newsletter_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querysubject=query_subject,
                queryname=query_name,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querysend_onfrom=query_send_on_from,
                querysend_onto=query_send_on_to,
                querytype=query_type,
                querycampaign_id=query_campaign_id,
                sortcreated_on=sort_created_on,
                sortsend_on=sort_send_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def cancel_sending(
        self,
        newsletter_id: str,
    ) -> NewsletterDetails:
        """Cancel sending the newsletter.

        POST /newsletters/{newsletterId}/cancel (cancelMessageSend). Reference: https://apireference.getresponse.com/#operation/cancelMessageSend
        """
        return (
            self.with_raw_response.cancel_sending(
                newsletter_id,
            )
        ).parsed

    def get_activities(
        self,
        newsletter_id: str,
        *,
        query_activity: GetNewsletterActivitiesQueryactivity | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[NewsletterActivity]:
        """Get newsletter activities.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /newsletters/{newsletterId}/activities (getNewsletterActivities). Reference: https://apireference.getresponse.com/#operation/getNewsletterActivities
        """
        from ..api.newsletters import get_newsletter_activities as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                newsletter_id,
                queryactivity=query_activity,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def get_statistics(
        self,
        newsletter_id: str,
        *,
        query_group_by: GetSingleNewsletterStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[MessageStatisticsListElement]:
        """The statistics of single newsletter.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /newsletters/{newsletterId}/statistics (getSingleNewsletterStatistics). Reference: https://apireference.getresponse.com/#operation/getSingleNewsletterStatistics
        """
        from ..api.newsletters import get_single_newsletter_statistics as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                newsletter_id,
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
        query_group_by: GetNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_newsletter_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[MessageStatisticsListElement]:
        """Total newsletter statistics.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /newsletters/statistics (getNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getNewsletterStatisticsCollection
        """
        from ..api.newsletters import get_newsletter_statistics_collection as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querygroup_by=query_group_by,
                querynewsletter_id=query_newsletter_id,
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
        newsletter_id: str,
        *,
        size: GetNewsletterThumbnailSize | Unset = GetNewsletterThumbnailSize.DEFAULT,
    ) -> File:
        """Get newsletter thumbnail.

        GET /newsletters/{newsletterId}/thumbnail (getNewsletterThumbnail). Reference: https://apireference.getresponse.com/#operation/getNewsletterThumbnail
        """
        return (
            self.with_raw_response.get_thumbnail(
                newsletter_id,
                size=size,
            )
        ).parsed

    def send_draft(
        self,
        body: SendNewsletterDraft | Unset = UNSET,
    ) -> NewsletterDetails:
        """Send the newsletter draft.

        POST /newsletters/send-draft (sendDraft). Reference: https://apireference.getresponse.com/#operation/sendDraft
        """
        return (
            self.with_raw_response.send_draft(
                body,
            )
        ).parsed


class AsyncNewslettersRawResource(AsyncResource):
    """client.newsletters.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewNewsletter | Unset = UNSET,
    ) -> RawResponse[NewsletterDetails]:
        """Create newsletter. Returns the raw response with the parsed body."""
        from ..api.newsletters import create_newsletter as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        newsletter_id: str,
    ) -> RawResponse[None]:
        """Delete newsletter. Returns the raw response with the parsed body."""
        from ..api.newsletters import delete_newsletter as op

        return await self._call(
            op._get_kwargs(
                newsletter_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[NewsletterDetails]:
        """Get a single newsletter by its ID. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter as op

        return await self._call(
            op._get_kwargs(
                newsletter_id,
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
        query_status: GetNewsletterListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_send_on_from: datetime.date | Unset = UNSET,
        query_send_on_to: datetime.date | Unset = UNSET,
        query_type: GetNewsletterListQuerytype | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[NewsletterListElement]]:
        """Get the newsletter list. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter_list as op

        return await self._call(
            op._get_kwargs(
                querysubject=query_subject,
                queryname=query_name,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querysend_onfrom=query_send_on_from,
                querysend_onto=query_send_on_to,
                querytype=query_type,
                querycampaign_id=query_campaign_id,
                sortcreated_on=sort_created_on,
                sortsend_on=sort_send_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def cancel_sending(
        self,
        newsletter_id: str,
    ) -> RawResponse[NewsletterDetails]:
        """Cancel sending the newsletter. Returns the raw response with the parsed body."""
        from ..api.newsletters import cancel_message_send as op

        return await self._call(
            op._get_kwargs(
                newsletter_id,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get_activities(
        self,
        newsletter_id: str,
        *,
        query_activity: GetNewsletterActivitiesQueryactivity | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[NewsletterActivity]]:
        """Get newsletter activities. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter_activities as op

        return await self._call(
            op._get_kwargs(
                newsletter_id,
                queryactivity=query_activity,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_statistics(
        self,
        newsletter_id: str,
        *,
        query_group_by: GetSingleNewsletterStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """The statistics of single newsletter. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_single_newsletter_statistics as op

        return await self._call(
            op._get_kwargs(
                newsletter_id,
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
        query_group_by: GetNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_newsletter_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """Total newsletter statistics. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter_statistics_collection as op

        return await self._call(
            op._get_kwargs(
                querygroup_by=query_group_by,
                querynewsletter_id=query_newsletter_id,
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
        newsletter_id: str,
        *,
        size: GetNewsletterThumbnailSize | Unset = GetNewsletterThumbnailSize.DEFAULT,
    ) -> RawResponse[File]:
        """Get newsletter thumbnail. Returns the raw response with the parsed body."""
        from ..api.newsletters import get_newsletter_thumbnail as op

        return await self._call(
            op._get_kwargs(
                newsletter_id,
                size=size,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def send_draft(
        self,
        body: SendNewsletterDraft | Unset = UNSET,
    ) -> RawResponse[NewsletterDetails]:
        """Send the newsletter draft. Returns the raw response with the parsed body."""
        from ..api.newsletters import send_draft as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncNewslettersResource(AsyncResource):
    """Newsletters: client.newsletters."""

    @cached_property
    def with_raw_response(self) -> AsyncNewslettersRawResource:
        return AsyncNewslettersRawResource(self._transport)

    async def create(
        self,
        body: NewNewsletter | Unset = UNSET,
    ) -> NewsletterDetails:
        """Create newsletter.

        POST /newsletters (createNewsletter). Reference: https://apireference.getresponse.com/#operation/createNewsletter
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        newsletter_id: str,
    ) -> None:
        """Delete newsletter.

        DELETE /newsletters/{newsletterId} (deleteNewsletter). Reference: https://apireference.getresponse.com/#operation/deleteNewsletter
        """
        return (
            await self.with_raw_response.delete(
                newsletter_id,
            )
        ).parsed

    async def get(
        self,
        newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> NewsletterDetails:
        """Get a single newsletter by its ID.

        GET /newsletters/{newsletterId} (getNewsletter). Reference: https://apireference.getresponse.com/#operation/getNewsletter
        """
        return (
            await self.with_raw_response.get(
                newsletter_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetNewsletterListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_send_on_from: datetime.date | Unset = UNSET,
        query_send_on_to: datetime.date | Unset = UNSET,
        query_type: GetNewsletterListQuerytype | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[NewsletterListElement]:
        """Get the newsletter list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /newsletters (getNewsletterList). Reference: https://apireference.getresponse.com/#operation/getNewsletterList
        """
        from ..api.newsletters import get_newsletter_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querysubject=query_subject,
                queryname=query_name,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querysend_onfrom=query_send_on_from,
                querysend_onto=query_send_on_to,
                querytype=query_type,
                querycampaign_id=query_campaign_id,
                sortcreated_on=sort_created_on,
                sortsend_on=sort_send_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def cancel_sending(
        self,
        newsletter_id: str,
    ) -> NewsletterDetails:
        """Cancel sending the newsletter.

        POST /newsletters/{newsletterId}/cancel (cancelMessageSend). Reference: https://apireference.getresponse.com/#operation/cancelMessageSend
        """
        return (
            await self.with_raw_response.cancel_sending(
                newsletter_id,
            )
        ).parsed

    async def get_activities(
        self,
        newsletter_id: str,
        *,
        query_activity: GetNewsletterActivitiesQueryactivity | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[NewsletterActivity]:
        """Get newsletter activities.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /newsletters/{newsletterId}/activities (getNewsletterActivities). Reference: https://apireference.getresponse.com/#operation/getNewsletterActivities
        """
        from ..api.newsletters import get_newsletter_activities as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                newsletter_id,
                queryactivity=query_activity,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def get_statistics(
        self,
        newsletter_id: str,
        *,
        query_group_by: GetSingleNewsletterStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[MessageStatisticsListElement]:
        """The statistics of single newsletter.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /newsletters/{newsletterId}/statistics (getSingleNewsletterStatistics). Reference: https://apireference.getresponse.com/#operation/getSingleNewsletterStatistics
        """
        from ..api.newsletters import get_single_newsletter_statistics as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                newsletter_id,
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
        query_group_by: GetNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_newsletter_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[MessageStatisticsListElement]:
        """Total newsletter statistics.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /newsletters/statistics (getNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getNewsletterStatisticsCollection
        """
        from ..api.newsletters import get_newsletter_statistics_collection as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querygroup_by=query_group_by,
                querynewsletter_id=query_newsletter_id,
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
        newsletter_id: str,
        *,
        size: GetNewsletterThumbnailSize | Unset = GetNewsletterThumbnailSize.DEFAULT,
    ) -> File:
        """Get newsletter thumbnail.

        GET /newsletters/{newsletterId}/thumbnail (getNewsletterThumbnail). Reference: https://apireference.getresponse.com/#operation/getNewsletterThumbnail
        """
        return (
            await self.with_raw_response.get_thumbnail(
                newsletter_id,
                size=size,
            )
        ).parsed

    async def send_draft(
        self,
        body: SendNewsletterDraft | Unset = UNSET,
    ) -> NewsletterDetails:
        """Send the newsletter draft.

        POST /newsletters/send-draft (sendDraft). Reference: https://apireference.getresponse.com/#operation/sendDraft
        """
        return (
            await self.with_raw_response.send_draft(
                body,
            )
        ).parsed
