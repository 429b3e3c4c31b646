"""Lists: client.lists (generated; do not edit)."""

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
    from ..models.blocklist import Blocklist
    from ..models.get_list_statistics_balance_querygroup_by import GetListStatisticsBalanceQuerygroupBy
    from ..models.get_list_statistics_list_size_querygroup_by import GetListStatisticsListSizeQuerygroupBy
    from ..models.get_list_statistics_locations_querygroup_by import GetListStatisticsLocationsQuerygroupBy
    from ..models.get_list_statistics_origins_querygroup_by import GetListStatisticsOriginsQuerygroupBy
    from ..models.get_list_statistics_removals_querygroup_by import GetListStatisticsRemovalsQuerygroupBy
    from ..models.get_list_statistics_subscriptions_querygroup_by import GetListStatisticsSubscriptionsQuerygroupBy
    from ..models.list_balance_statistics_list import ListBalanceStatisticsList
    from ..models.list_details import ListDetails
    from ..models.list_list_sizes_statistics_element import ListListSizesStatisticsElement
    from ..models.list_location_item import ListLocationItem
    from ..models.list_removals_statistics_list import ListRemovalsStatisticsList
    from ..models.list_subscription_statistics_item_by_list import ListSubscriptionStatisticsItemByList
    from ..models.list_subscription_statistics_list import ListSubscriptionStatisticsList
    from ..models.list_summary_item import ListSummaryItem
    from ..models.lists_element import ListsElement
    from ..models.new_list import NewList
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.update_blocklist import UpdateBlocklist
    from ..models.update_list import UpdateList
    from ..models.update_list_blocklist_additional_flags import UpdateListBlocklistAdditionalFlags


class ListsRawResource(SyncResource):
    """client.lists.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewList | Unset = UNSET,
    ) -> RawResponse[ListDetails]:
        """Create a list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.lists import create_list as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def get(
        self,
        campaign_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ListDetails]:
        """Get a single list (campaign in the API) by its ID. Returns the raw response with the parsed body."""
        from ..api.lists import get_list as op

        return self._call(
            op._get_kwargs(
                campaign_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ListsElement]]:
        """Get lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_lists as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                queryis_default=query_is_default,
                sortname=sort_name,
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
        campaign_id: str,
        body: UpdateList | Unset = UNSET,
    ) -> RawResponse[ListDetails]:
        """Update a list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.lists import update_list as op

        return self._call(
            op._get_kwargs(
                campaign_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def get_blocklist(
        self,
        campaign_id: str,
        *,
        query_mask: str | Unset = UNSET,
    ) -> RawResponse[Blocklist]:
        """Get the blocklist masks of a list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_blocklist as op

        return self._call(
            op._get_kwargs(
                campaign_id,
                querymask=query_mask,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_statistics_balance(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsBalanceQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListBalanceStatisticsList]]:
        """Get balance statistics of lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_balance as op

        return self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_statistics_list_size(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsListSizeQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListListSizesStatisticsElement]]:
        """Get list size statistics (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_list_size as op

        return self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_statistics_locations(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsLocationsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListLocationItem]]:
        """Get subscriber location statistics of lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_locations as op

        return self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_statistics_origins(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsOriginsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListSubscriptionStatisticsItemByList]]:
        """Get subscriber origin statistics of lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_origins as op

        return self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_statistics_removals(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListRemovalsStatisticsList]]:
        """Get removal statistics of lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_removals as op

        return self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_statistics_subscriptions(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsSubscriptionsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListSubscriptionStatisticsList]]:
        """Get the number and origin of subscriptions to lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_subscriptions as op

        return self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_statistics_summary(
        self,
        *,
        query_campaign_id: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListSummaryItem]]:
        """Get the statistics summary of selected lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_summary as op

        return self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update_blocklist(
        self,
        campaign_id: str,
        body: UpdateBlocklist | Unset = UNSET,
        *,
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
    ) -> RawResponse[Blocklist]:
        """Update the blocklist masks of a list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.lists import update_list_blocklist as op

        return self._call(
            op._get_kwargs(
                campaign_id,
                body=body,
                additional_flags=additional_flags,
            ),
            op._parse_response,
            idempotent=False,
        )


class ListsResource(SyncResource):
    """Lists: client.lists."""

    @cached_property
    def with_raw_response(self) -> ListsRawResource:
        return ListsRawResource(self._transport)

    def create(
        self,
        body: NewList | Unset = UNSET,
    ) -> ListDetails:
        """Create a list (campaign in the API).

        POST /campaigns (createList). Reference: https://apireference.getresponse.com/#operation/createCampaign
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def get(
        self,
        campaign_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ListDetails:
        """Get a single list (campaign in the API) by its ID.

        GET /campaigns/{campaignId} (getList). Reference: https://apireference.getresponse.com/#operation/getCampaign
        """
        return (
            self.with_raw_response.get(
                campaign_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[ListsElement]:
        """Get lists (campaigns in the API).

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /campaigns (getLists). Reference: https://apireference.getresponse.com/#operation/getCampaignList
        """
        from ..api.lists import get_lists as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                queryis_default=query_is_default,
                sortname=sort_name,
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
        campaign_id: str,
        body: UpdateList | Unset = UNSET,
    ) -> ListDetails:
        """Update a list (campaign in the API).

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /campaigns/{campaignId} (updateList). Reference: https://apireference.getresponse.com/#operation/updateCampaign
        """
        return (
            self.with_raw_response.update(
                campaign_id,
                body,
            )
        ).parsed

    def get_blocklist(
        self,
        campaign_id: str,
        *,
        query_mask: str | Unset = UNSET,
    ) -> Blocklist:
        """Get the blocklist masks of a list (campaign in the API).

        GET /campaigns/{campaignId}/blocklists (getListBlocklist). Reference: https://apireference.getresponse.com/#operation/getCampaignBlocklist
        """
        return (
            self.with_raw_response.get_blocklist(
                campaign_id,
                query_mask=query_mask,
            )
        ).parsed

    def get_statistics_balance(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsBalanceQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListBalanceStatisticsList]:
        """Get balance statistics of lists (campaigns in the API).

        GET /campaigns/statistics/balance (getListStatisticsBalance). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsBalance
        """
        return (
            self.with_raw_response.get_statistics_balance(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    def get_statistics_list_size(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsListSizeQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListListSizesStatisticsElement]:
        """Get list size statistics (campaigns in the API).

        GET /campaigns/statistics/list-size (getListStatisticsListSize). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsListSize
        """
        return (
            self.with_raw_response.get_statistics_list_size(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    def get_statistics_locations(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsLocationsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListLocationItem]:
        """Get subscriber location statistics of lists (campaigns in the API).

        GET /campaigns/statistics/locations (getListStatisticsLocations). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsLocations
        """
        return (
            self.with_raw_response.get_statistics_locations(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    def get_statistics_origins(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsOriginsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListSubscriptionStatisticsItemByList]:
        """Get subscriber origin statistics of lists (campaigns in the API).

        GET /campaigns/statistics/origins (getListStatisticsOrigins). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsOrigins
        """
        return (
            self.with_raw_response.get_statistics_origins(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    def get_statistics_removals(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListRemovalsStatisticsList]:
        """Get removal statistics of lists (campaigns in the API).

        GET /campaigns/statistics/removals (getListStatisticsRemovals). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsRemovals
        """
        return (
            self.with_raw_response.get_statistics_removals(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    def get_statistics_subscriptions(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsSubscriptionsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListSubscriptionStatisticsList]:
        """Get the number and origin of subscriptions to lists (campaigns in the API).

        GET /campaigns/statistics/subscriptions (getListStatisticsSubscriptions). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSubscriptions
        """
        return (
            self.with_raw_response.get_statistics_subscriptions(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    def get_statistics_summary(
        self,
        *,
        query_campaign_id: str | Unset = UNSET,
    ) -> builtins.list[ListSummaryItem]:
        """Get the statistics summary of selected lists (campaigns in the API).

        GET /campaigns/statistics/summary (getListStatisticsSummary). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSummary
        """
        return (
            self.with_raw_response.get_statistics_summary(
                query_campaign_id=query_campaign_id,
            )
        ).parsed

    def update_blocklist(
        self,
        campaign_id: str,
        body: UpdateBlocklist | Unset = UNSET,
        *,
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
    ) -> Blocklist:
        """Update the blocklist masks of a list (campaign in the API).

        POST /campaigns/{campaignId}/blocklists (updateListBlocklist). Reference: https://apireference.getresponse.com/#operation/updateCampaignBlocklist
        """
        return (
            self.with_raw_response.update_blocklist(
                campaign_id,
                body,
                additional_flags=additional_flags,
            )
        ).parsed


class AsyncListsRawResource(AsyncResource):
    """client.lists.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewList | Unset = UNSET,
    ) -> RawResponse[ListDetails]:
        """Create a list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.lists import create_list as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get(
        self,
        campaign_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ListDetails]:
        """Get a single list (campaign in the API) by its ID. Returns the raw response with the parsed body."""
        from ..api.lists import get_list as op

        return await self._call(
            op._get_kwargs(
                campaign_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ListsElement]]:
        """Get lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_lists as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                queryis_default=query_is_default,
                sortname=sort_name,
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
        campaign_id: str,
        body: UpdateList | Unset = UNSET,
    ) -> RawResponse[ListDetails]:
        """Update a list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.lists import update_list as op

        return await self._call(
            op._get_kwargs(
                campaign_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get_blocklist(
        self,
        campaign_id: str,
        *,
        query_mask: str | Unset = UNSET,
    ) -> RawResponse[Blocklist]:
        """Get the blocklist masks of a list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_blocklist as op

        return await self._call(
            op._get_kwargs(
                campaign_id,
                querymask=query_mask,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_statistics_balance(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsBalanceQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListBalanceStatisticsList]]:
        """Get balance statistics of lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_balance as op

        return await self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_statistics_list_size(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsListSizeQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListListSizesStatisticsElement]]:
        """Get list size statistics (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_list_size as op

        return await self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_statistics_locations(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsLocationsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListLocationItem]]:
        """Get subscriber location statistics of lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_locations as op

        return await self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_statistics_origins(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsOriginsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListSubscriptionStatisticsItemByList]]:
        """Get subscriber origin statistics of lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_origins as op

        return await self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_statistics_removals(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListRemovalsStatisticsList]]:
        """Get removal statistics of lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_removals as op

        return await self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_statistics_subscriptions(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsSubscriptionsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListSubscriptionStatisticsList]]:
        """Get the number and origin of subscriptions to lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_subscriptions as op

        return await self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
                querygroup_by=query_group_by,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_statistics_summary(
        self,
        *,
        query_campaign_id: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[ListSummaryItem]]:
        """Get the statistics summary of selected lists (campaigns in the API). Returns the raw response with the parsed body."""
        from ..api.lists import get_list_statistics_summary as op

        return await self._call(
            op._get_kwargs(
                querycampaign_id=query_campaign_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update_blocklist(
        self,
        campaign_id: str,
        body: UpdateBlocklist | Unset = UNSET,
        *,
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
    ) -> RawResponse[Blocklist]:
        """Update the blocklist masks of a list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.lists import update_list_blocklist as op

        return await self._call(
            op._get_kwargs(
                campaign_id,
                body=body,
                additional_flags=additional_flags,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncListsResource(AsyncResource):
    """Lists: client.lists."""

    @cached_property
    def with_raw_response(self) -> AsyncListsRawResource:
        return AsyncListsRawResource(self._transport)

    async def create(
        self,
        body: NewList | Unset = UNSET,
    ) -> ListDetails:
        """Create a list (campaign in the API).

        POST /campaigns (createList). Reference: https://apireference.getresponse.com/#operation/createCampaign
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def get(
        self,
        campaign_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ListDetails:
        """Get a single list (campaign in the API) by its ID.

        GET /campaigns/{campaignId} (getList). Reference: https://apireference.getresponse.com/#operation/getCampaign
        """
        return (
            await self.with_raw_response.get(
                campaign_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[ListsElement]:
        """Get lists (campaigns in the API).

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /campaigns (getLists). Reference: https://apireference.getresponse.com/#operation/getCampaignList
        """
        from ..api.lists import get_lists as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                queryis_default=query_is_default,
                sortname=sort_name,
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
        campaign_id: str,
        body: UpdateList | Unset = UNSET,
    ) -> ListDetails:
        """Update a list (campaign in the API).

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /campaigns/{campaignId} (updateList). Reference: https://apireference.getresponse.com/#operation/updateCampaign
        """
        return (
            await self.with_raw_response.update(
                campaign_id,
                body,
            )
        ).parsed

    async def get_blocklist(
        self,
        campaign_id: str,
        *,
        query_mask: str | Unset = UNSET,
    ) -> Blocklist:
        """Get the blocklist masks of a list (campaign in the API).

        GET /campaigns/{campaignId}/blocklists (getListBlocklist). Reference: https://apireference.getresponse.com/#operation/getCampaignBlocklist
        """
        return (
            await self.with_raw_response.get_blocklist(
                campaign_id,
                query_mask=query_mask,
            )
        ).parsed

    async def get_statistics_balance(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsBalanceQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListBalanceStatisticsList]:
        """Get balance statistics of lists (campaigns in the API).

        GET /campaigns/statistics/balance (getListStatisticsBalance). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsBalance
        """
        return (
            await self.with_raw_response.get_statistics_balance(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    async def get_statistics_list_size(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsListSizeQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListListSizesStatisticsElement]:
        """Get list size statistics (campaigns in the API).

        GET /campaigns/statistics/list-size (getListStatisticsListSize). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsListSize
        """
        return (
            await self.with_raw_response.get_statistics_list_size(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    async def get_statistics_locations(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsLocationsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListLocationItem]:
        """Get subscriber location statistics of lists (campaigns in the API).

        GET /campaigns/statistics/locations (getListStatisticsLocations). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsLocations
        """
        return (
            await self.with_raw_response.get_statistics_locations(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    async def get_statistics_origins(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsOriginsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListSubscriptionStatisticsItemByList]:
        """Get subscriber origin statistics of lists (campaigns in the API).

        GET /campaigns/statistics/origins (getListStatisticsOrigins). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsOrigins
        """
        return (
            await self.with_raw_response.get_statistics_origins(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    async def get_statistics_removals(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListRemovalsStatisticsList]:
        """Get removal statistics of lists (campaigns in the API).

        GET /campaigns/statistics/removals (getListStatisticsRemovals). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsRemovals
        """
        return (
            await self.with_raw_response.get_statistics_removals(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    async def get_statistics_subscriptions(
        self,
        *,
        query_campaign_id: str,
        query_group_by: GetListStatisticsSubscriptionsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
    ) -> builtins.list[ListSubscriptionStatisticsList]:
        """Get the number and origin of subscriptions to lists (campaigns in the API).

        GET /campaigns/statistics/subscriptions (getListStatisticsSubscriptions). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSubscriptions
        """
        return (
            await self.with_raw_response.get_statistics_subscriptions(
                query_campaign_id=query_campaign_id,
                query_group_by=query_group_by,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
            )
        ).parsed

    async def get_statistics_summary(
        self,
        *,
        query_campaign_id: str | Unset = UNSET,
    ) -> builtins.list[ListSummaryItem]:
        """Get the statistics summary of selected lists (campaigns in the API).

        GET /campaigns/statistics/summary (getListStatisticsSummary). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSummary
        """
        return (
            await self.with_raw_response.get_statistics_summary(
                query_campaign_id=query_campaign_id,
            )
        ).parsed

    async def update_blocklist(
        self,
        campaign_id: str,
        body: UpdateBlocklist | Unset = UNSET,
        *,
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
    ) -> Blocklist:
        """Update the blocklist masks of a list (campaign in the API).

        POST /campaigns/{campaignId}/blocklists (updateListBlocklist). Reference: https://apireference.getresponse.com/#operation/updateCampaignBlocklist
        """
        return (
            await self.with_raw_response.update_blocklist(
                campaign_id,
                body,
                additional_flags=additional_flags,
            )
        ).parsed
