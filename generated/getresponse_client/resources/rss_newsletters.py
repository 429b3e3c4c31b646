"""RSS Newsletters: client.rss_newsletters (generated; do not edit)."""

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
    from ..models.get_rss_newsletter_statistics_collection_querygroup_by import (
        GetRssNewsletterStatisticsCollectionQuerygroupBy,
    )
    from ..models.get_rss_newsletters_list_querystatus import GetRssNewslettersListQuerystatus
    from ..models.get_single_rss_newsletter_statistics_collection_querygroup_by import (
        GetSingleRssNewsletterStatisticsCollectionQuerygroupBy,
    )
    from ..models.message_statistics_list_element import MessageStatisticsListElement
    from ..models.new_rss_newsletter import NewRssNewsletter
    from ..models.rss_newsletter_details import RssNewsletterDetails
    from ..models.rss_newsletter_list_item import RssNewsletterListItem
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.update_rss_newsletter import UpdateRssNewsletter


class RssNewslettersRawResource(SyncResource):
    """client.rss_newsletters.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewRssNewsletter | Unset = UNSET,
    ) -> RawResponse[RssNewsletterDetails]:
        """Create RSS newsletter. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import create_rss_newsletter as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        rss_newsletter_id: str,
    ) -> RawResponse[None]:
        """Delete RSS newsletter. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import delete_rss_newsletter as op

        return self._call(
            op._get_kwargs(
                rss_newsletter_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        rss_newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[RssNewsletterDetails]:
        """Get RSS newsletter by ID. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import get_rss_newsletter_by_id as op

        return self._call(
            op._get_kwargs(
                rss_newsletter_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_status: GetRssNewslettersListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[RssNewsletterListItem]]:
        """Get the list of RSS newsletters. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import get_rss_newsletters_list as op

        return self._call(
            op._get_kwargs(
                querysubject=query_subject,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
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
        rss_newsletter_id: str,
        body: UpdateRssNewsletter | Unset = UNSET,
    ) -> RawResponse[RssNewsletterDetails]:
        """Update RSS newsletter. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import update_rss_newsletter as op

        return self._call(
            op._get_kwargs(
                rss_newsletter_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def get_statistics(
        self,
        rss_newsletter_id: str,
        *,
        query_group_by: GetSingleRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """Get RSS newsletter statistics by ID. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import get_single_rss_newsletter_statistics_collection as op

        return self._call(
            op._get_kwargs(
                rss_newsletter_id,
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
        query_group_by: GetRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_rss_newsletter_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """The statistics for all RSS newsletters. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import get_rss_newsletter_statistics_collection as op

        return self._call(
            op._get_kwargs(
                querygroup_by=query_group_by,
                queryrss_newsletter_id=query_rss_newsletter_id,
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


class RssNewslettersResource(SyncResource):
    """RSS Newsletters: client.rss_newsletters."""

    @cached_property
    def with_raw_response(self) -> RssNewslettersRawResource:
        return RssNewslettersRawResource(self._transport)

    def create(
        self,
        body: NewRssNewsletter | Unset = UNSET,
    ) -> RssNewsletterDetails:
        """Create RSS newsletter.

        POST /rss-newsletters (createRssNewsletter). Reference: https://apireference.getresponse.com/#operation/createRssNewsletter
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        rss_newsletter_id: str,
    ) -> None:
        """Delete RSS newsletter.

        DELETE /rss-newsletters/{rssNewsletterId} (deleteRssNewsletter). Reference: https://apireference.getresponse.com/#operation/deleteRssNewsletter
        """
        return (
            self.with_raw_response.delete(
                rss_newsletter_id,
            )
        ).parsed

    def get(
        self,
        rss_newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RssNewsletterDetails:
        """Get RSS newsletter by ID.

        GET /rss-newsletters/{rssNewsletterId} (getRssNewsletterById). Reference: https://apireference.getresponse.com/#operation/getRssNewsletterById
        """
        return (
            self.with_raw_response.get(
                rss_newsletter_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_status: GetRssNewslettersListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[RssNewsletterListItem]:
        """Get the list of RSS newsletters.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /rss-newsletters (getRssNewslettersList). Reference: https://apireference.getresponse.com/#operation/getRssNewslettersList
        """
        from ..api.rss_newsletters import get_rss_newsletters_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querysubject=query_subject,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
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
        rss_newsletter_id: str,
        body: UpdateRssNewsletter | Unset = UNSET,
    ) -> RssNewsletterDetails:
        """Update RSS newsletter.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /rss-newsletters/{rssNewsletterId} (updateRssNewsletter). Reference: https://apireference.getresponse.com/#operation/updateRssNewsletter
        """
        return (
            self.with_raw_response.update(
                rss_newsletter_id,
                body,
            )
        ).parsed

    def get_statistics(
        self,
        rss_newsletter_id: str,
        *,
        query_group_by: GetSingleRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[MessageStatisticsListElement]:
        """Get RSS newsletter statistics by ID.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /rss-newsletters/{rssNewsletterId}/statistics (getSingleRssNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getSingleRssNewsletterStatisticsCollection
        """
        from ..api.rss_newsletters import get_single_rss_newsletter_statistics_collection as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                rss_newsletter_id,
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
        query_group_by: GetRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_rss_newsletter_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[MessageStatisticsListElement]:
        """The statistics for all RSS newsletters.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /rss-newsletters/statistics (getRssNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getRssNewsletterStatisticsCollection
        """
        from ..api.rss_newsletters import get_rss_newsletter_statistics_collection as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querygroup_by=query_group_by,
                queryrss_newsletter_id=query_rss_newsletter_id,
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


class AsyncRssNewslettersRawResource(AsyncResource):
    """client.rss_newsletters.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewRssNewsletter | Unset = UNSET,
    ) -> RawResponse[RssNewsletterDetails]:
        """Create RSS newsletter. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import create_rss_newsletter as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        rss_newsletter_id: str,
    ) -> RawResponse[None]:
        """Delete RSS newsletter. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import delete_rss_newsletter as op

        return await self._call(
            op._get_kwargs(
                rss_newsletter_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        rss_newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[RssNewsletterDetails]:
        """Get RSS newsletter by ID. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import get_rss_newsletter_by_id as op

        return await self._call(
            op._get_kwargs(
                rss_newsletter_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_status: GetRssNewslettersListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[RssNewsletterListItem]]:
        """Get the list of RSS newsletters. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import get_rss_newsletters_list as op

        return await self._call(
            op._get_kwargs(
                querysubject=query_subject,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
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
        rss_newsletter_id: str,
        body: UpdateRssNewsletter | Unset = UNSET,
    ) -> RawResponse[RssNewsletterDetails]:
        """Update RSS newsletter. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import update_rss_newsletter as op

        return await self._call(
            op._get_kwargs(
                rss_newsletter_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get_statistics(
        self,
        rss_newsletter_id: str,
        *,
        query_group_by: GetSingleRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """Get RSS newsletter statistics by ID. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import get_single_rss_newsletter_statistics_collection as op

        return await self._call(
            op._get_kwargs(
                rss_newsletter_id,
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
        query_group_by: GetRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_rss_newsletter_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[MessageStatisticsListElement]]:
        """The statistics for all RSS newsletters. Returns the raw response with the parsed body."""
        from ..api.rss_newsletters import get_rss_newsletter_statistics_collection as op

        return await self._call(
            op._get_kwargs(
                querygroup_by=query_group_by,
                queryrss_newsletter_id=query_rss_newsletter_id,
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


class AsyncRssNewslettersResource(AsyncResource):
    """RSS Newsletters: client.rss_newsletters."""

    @cached_property
    def with_raw_response(self) -> AsyncRssNewslettersRawResource:
        return AsyncRssNewslettersRawResource(self._transport)

    async def create(
        self,
        body: NewRssNewsletter | Unset = UNSET,
    ) -> RssNewsletterDetails:
        """Create RSS newsletter.

        POST /rss-newsletters (createRssNewsletter). Reference: https://apireference.getresponse.com/#operation/createRssNewsletter
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        rss_newsletter_id: str,
    ) -> None:
        """Delete RSS newsletter.

        DELETE /rss-newsletters/{rssNewsletterId} (deleteRssNewsletter). Reference: https://apireference.getresponse.com/#operation/deleteRssNewsletter
        """
        return (
            await self.with_raw_response.delete(
                rss_newsletter_id,
            )
        ).parsed

    async def get(
        self,
        rss_newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RssNewsletterDetails:
        """Get RSS newsletter by ID.

        GET /rss-newsletters/{rssNewsletterId} (getRssNewsletterById). Reference: https://apireference.getresponse.com/#operation/getRssNewsletterById
        """
        return (
            await self.with_raw_response.get(
                rss_newsletter_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_status: GetRssNewslettersListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[RssNewsletterListItem]:
        """Get the list of RSS newsletters.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /rss-newsletters (getRssNewslettersList). Reference: https://apireference.getresponse.com/#operation/getRssNewslettersList
        """
        from ..api.rss_newsletters import get_rss_newsletters_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querysubject=query_subject,
                querystatus=query_status,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
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
        rss_newsletter_id: str,
        body: UpdateRssNewsletter | Unset = UNSET,
    ) -> RssNewsletterDetails:
        """Update RSS newsletter.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /rss-newsletters/{rssNewsletterId} (updateRssNewsletter). Reference: https://apireference.getresponse.com/#operation/updateRssNewsletter
        """
        return (
            await self.with_raw_response.update(
                rss_newsletter_id,
                body,
            )
        ).parsed

    async def get_statistics(
        self,
        rss_newsletter_id: str,
        *,
        query_group_by: GetSingleRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[MessageStatisticsListElement]:
        """Get RSS newsletter statistics by ID.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /rss-newsletters/{rssNewsletterId}/statistics (getSingleRssNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getSingleRssNewsletterStatisticsCollection
        """
        from ..api.rss_newsletters import get_single_rss_newsletter_statistics_collection as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                rss_newsletter_id,
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
        query_group_by: GetRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_rss_newsletter_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[MessageStatisticsListElement]:
        """The statistics for all RSS newsletters.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /rss-newsletters/statistics (getRssNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getRssNewsletterStatisticsCollection
        """
        from ..api.rss_newsletters import get_rss_newsletter_statistics_collection as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querygroup_by=query_group_by,
                queryrss_newsletter_id=query_rss_newsletter_id,
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
