"""Lists: client.lists (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from getresponse_runtime.pagination import ConsistentOrder
from getresponse_runtime.resource import (
    AsyncResource,
    ListOf,
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

    from ..models.blocklist import Blocklist
    from ..models.contact_list_element import ContactListElement
    from ..models.get_list_statistics_balance_querygroup_by import GetListStatisticsBalanceQuerygroupBy
    from ..models.get_list_statistics_list_size_querygroup_by import GetListStatisticsListSizeQuerygroupBy
    from ..models.get_list_statistics_locations_querygroup_by import GetListStatisticsLocationsQuerygroupBy
    from ..models.get_list_statistics_origins_querygroup_by import GetListStatisticsOriginsQuerygroupBy
    from ..models.get_list_statistics_removals_querygroup_by import GetListStatisticsRemovalsQuerygroupBy
    from ..models.get_list_statistics_subscriptions_querygroup_by import GetListStatisticsSubscriptionsQuerygroupBy
    from ..models.list_balance_statistics_list import ListBalanceStatisticsList
    from ..models.list_confirmation import ListConfirmation, ListConfirmationDict
    from ..models.list_details import ListDetails
    from ..models.list_list_sizes_statistics_element import ListListSizesStatisticsElement
    from ..models.list_location_item import ListLocationItem
    from ..models.list_optin_types import ListOptinTypes, ListOptinTypesDict
    from ..models.list_postal import ListPostal, ListPostalDict
    from ..models.list_profile import ListProfile, ListProfileDict
    from ..models.list_removals_statistics_list import ListRemovalsStatisticsList
    from ..models.list_subscription_notifications import (
        ListSubscriptionNotifications,
        ListSubscriptionNotificationsDict,
    )
    from ..models.list_subscription_statistics_item_by_list import ListSubscriptionStatisticsItemByList
    from ..models.list_subscription_statistics_list import ListSubscriptionStatisticsList
    from ..models.list_summary_item import ListSummaryItem
    from ..models.lists_element import ListsElement
    from ..models.new_list import NewList, NewListDict
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.string_boolean_enum import StringBooleanEnum
    from ..models.update_blocklist import UpdateBlocklist, UpdateBlocklistDict
    from ..models.update_list import UpdateList, UpdateListDict
    from ..models.update_list_blocklist_additional_flags import UpdateListBlocklistAdditionalFlags


class ListsResource(SyncResource):
    """Lists: client.lists."""

    @overload
    def create(
        self,
        *,
        name: str,
        language_code: str | Unset = UNSET,
        is_default: StringBooleanEnum | str | Unset = UNSET,
        postal: ListPostal | ListPostalDict | Unset = UNSET,
        confirmation: ListConfirmation | ListConfirmationDict | Unset = UNSET,
        optin_types: ListOptinTypes | ListOptinTypesDict | Unset = UNSET,
        subscription_notifications: ListSubscriptionNotifications | ListSubscriptionNotificationsDict | Unset = UNSET,
        profile: ListProfile | ListProfileDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails: ...

    @overload
    def create(
        self,
        *,
        body: NewList | NewListDict,
        **options: Unpack[RequestOptions],
    ) -> ListDetails: ...

    def create(
        self,
        *,
        body: NewList | NewListDict | None = None,
        name: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        is_default: StringBooleanEnum | str | Unset = UNSET,
        postal: ListPostal | ListPostalDict | Unset = UNSET,
        confirmation: ListConfirmation | ListConfirmationDict | Unset = UNSET,
        optin_types: ListOptinTypes | ListOptinTypesDict | Unset = UNSET,
        subscription_notifications: ListSubscriptionNotifications | ListSubscriptionNotificationsDict | Unset = UNSET,
        profile: ListProfile | ListProfileDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails:
        """Create a list (campaign in the API).

        Args:
            name: The campaign (list) name.
            language_code: The campaign language code according to ISO 639-1, plus: zt - Chinese
                (Traditional), fs - Afghan Persian (Dari), md - Moldavian

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /campaigns (createList). Reference: https://apireference.getresponse.com/#operation/createCampaign
        """
        from ..models.list_details import ListDetails

        return self._request(
            "POST",
            "/campaigns",
            cast_to=ListDetails,
            json=json_body(
                "lists.create",
                body,
                {
                    "name": name,
                    "language_code": language_code,
                    "is_default": is_default,
                    "postal": postal,
                    "confirmation": confirmation,
                    "optin_types": optin_types,
                    "subscription_notifications": subscription_notifications,
                    "profile": profile,
                },
                LISTS_CREATE_WIRE,
                required=("name",),
            ),
            operation="createList",
            options=options,
        )

    def get(
        self,
        list_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails:
        """Get a single list (campaign in the API) by its ID.

        Args:
            list_id: Unique identifier of the campaign (contact list).
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/{campaignId} (getList). Reference: https://apireference.getresponse.com/#operation/getCampaign
        """
        from ..models.list_details import ListDetails

        return self._request(
            "GET",
            f"/campaigns/{path_value(list_id)}",
            cast_to=ListDetails,
            params={"fields": fields},
            operation="getList",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[ListsElement]:
        """Get lists (campaigns in the API).

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Retrieve campaigns (contact lists) filtered by name
            query_is_default: Retrieve campaigns (contact lists) depending on whether they are marked as
                default (isDefault = true)
            sort_name: Sort by name
            sort_created_on: Sort campaigns (contact lists) by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns (getLists). Reference: https://apireference.getresponse.com/#operation/getCampaignList
        """
        from ..models.lists_element import ListsElement

        return self._page(
            "/campaigns",
            item=ListsElement,
            params={
                "query[name]": query_name,
                "query[isDefault]": query_is_default,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getLists",
            options=options,
        )

    @overload
    def update(
        self,
        list_id: str,
        *,
        name: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        is_default: StringBooleanEnum | str | Unset = UNSET,
        postal: ListPostal | ListPostalDict | Unset = UNSET,
        confirmation: ListConfirmation | ListConfirmationDict | Unset = UNSET,
        optin_types: ListOptinTypes | ListOptinTypesDict | Unset = UNSET,
        subscription_notifications: ListSubscriptionNotifications | ListSubscriptionNotificationsDict | Unset = UNSET,
        profile: ListProfile | ListProfileDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails: ...

    @overload
    def update(
        self,
        list_id: str,
        *,
        body: UpdateList | UpdateListDict,
        **options: Unpack[RequestOptions],
    ) -> ListDetails: ...

    def update(
        self,
        list_id: str,
        *,
        body: UpdateList | UpdateListDict | None = None,
        name: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        is_default: StringBooleanEnum | str | Unset = UNSET,
        postal: ListPostal | ListPostalDict | Unset = UNSET,
        confirmation: ListConfirmation | ListConfirmationDict | Unset = UNSET,
        optin_types: ListOptinTypes | ListOptinTypesDict | Unset = UNSET,
        subscription_notifications: ListSubscriptionNotifications | ListSubscriptionNotificationsDict | Unset = UNSET,
        profile: ListProfile | ListProfileDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails:
        """Update a list (campaign in the API).

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            list_id: Unique identifier of the campaign (contact list).
            name: The campaign (list) name.
            language_code: The campaign language code according to ISO 639-1, plus: zt - Chinese
                (Traditional), fs - Afghan Persian (Dari), md - Moldavian

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /campaigns/{campaignId} (updateList). Reference: https://apireference.getresponse.com/#operation/updateCampaign
        """
        from ..models.list_details import ListDetails

        return self._request(
            "POST",
            f"/campaigns/{path_value(list_id)}",
            cast_to=ListDetails,
            json=json_body(
                "lists.update",
                body,
                {
                    "name": name,
                    "language_code": language_code,
                    "is_default": is_default,
                    "postal": postal,
                    "confirmation": confirmation,
                    "optin_types": optin_types,
                    "subscription_notifications": subscription_notifications,
                    "profile": profile,
                },
                LISTS_UPDATE_WIRE,
            ),
            operation="updateList",
            options=options,
        )

    def get_blocklist(
        self,
        list_id: str,
        *,
        query_mask: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist:
        """Get the blocklist masks of a list (campaign in the API).

        Args:
            list_id: Unique identifier of the campaign (contact list).
            query_mask: Blocklist mask to search for

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/{campaignId}/blocklists (getListBlocklist). Reference: https://apireference.getresponse.com/#operation/getCampaignBlocklist
        """
        from ..models.blocklist import Blocklist

        return self._request(
            "GET",
            f"/campaigns/{path_value(list_id)}/blocklists",
            cast_to=Blocklist,
            params={"query[mask]": query_mask},
            operation="getListBlocklist",
            options=options,
        )

    def get_contacts(
        self,
        list_id: str,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[ContactListElement]:
        """Get contacts from a single list (campaign in the API).

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            list_id: Unique identifier of the campaign (contact list).
            query_email: Search contacts by email
            query_name: Search contacts by name
            query_created_on_from: Return only contacts created on or after the given date.
            query_created_on_to: Return only contacts created on or before the given date.
            sort_email: Sort contacts by email
            sort_name: Sort contacts by name
            sort_created_on: Sort contacts by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/{campaignId}/contacts (getContactsFromList). Reference: https://apireference.getresponse.com/#operation/getContactsFromCampaign
        """
        from ..models.contact_list_element import ContactListElement

        return self._page(
            f"/campaigns/{path_value(list_id)}/contacts",
            item=ContactListElement,
            params={
                "query[email]": query_email,
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[email]": sort_email,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "contactId"),
            operation="getContactsFromList",
            options=options,
        )

    def get_statistics_balance(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsBalanceQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListBalanceStatisticsList:
        """Get balance statistics of lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/balance (getListStatisticsBalance). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsBalance
        """
        from ..models.list_balance_statistics_list import ListBalanceStatisticsList

        return self._request(
            "GET",
            "/campaigns/statistics/balance",
            cast_to=ListBalanceStatisticsList,
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsBalance",
            options=options,
        )

    def get_statistics_list_size(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsListSizeQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ListListSizesStatisticsElement]:
        """Get list size statistics (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/list-size (getListStatisticsListSize). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsListSize
        """
        from ..models.list_list_sizes_statistics_element import ListListSizesStatisticsElement

        return self._request(
            "GET",
            "/campaigns/statistics/list-size",
            cast_to=ListOf(ListListSizesStatisticsElement),
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsListSize",
            options=options,
        )

    def get_statistics_locations(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsLocationsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListLocationItem:
        """Get subscriber location statistics of lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/locations (getListStatisticsLocations). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsLocations
        """
        from ..models.list_location_item import ListLocationItem

        return self._request(
            "GET",
            "/campaigns/statistics/locations",
            cast_to=ListLocationItem,
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsLocations",
            options=options,
        )

    def get_statistics_origins(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsOriginsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ListSubscriptionStatisticsItemByList]:
        """Get subscriber origin statistics of lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/origins (getListStatisticsOrigins). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsOrigins
        """
        from ..models.list_subscription_statistics_item_by_list import ListSubscriptionStatisticsItemByList

        return self._request(
            "GET",
            "/campaigns/statistics/origins",
            cast_to=ListOf(ListSubscriptionStatisticsItemByList),
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsOrigins",
            options=options,
        )

    def get_statistics_removals(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListRemovalsStatisticsList:
        """Get removal statistics of lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/removals (getListStatisticsRemovals). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsRemovals
        """
        from ..models.list_removals_statistics_list import ListRemovalsStatisticsList

        return self._request(
            "GET",
            "/campaigns/statistics/removals",
            cast_to=ListRemovalsStatisticsList,
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsRemovals",
            options=options,
        )

    def get_statistics_subscriptions(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsSubscriptionsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListSubscriptionStatisticsList:
        """Get the number and origin of subscriptions to lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/subscriptions (getListStatisticsSubscriptions). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSubscriptions
        """
        from ..models.list_subscription_statistics_list import ListSubscriptionStatisticsList

        return self._request(
            "GET",
            "/campaigns/statistics/subscriptions",
            cast_to=ListSubscriptionStatisticsList,
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsSubscriptions",
            options=options,
        )

    def get_statistics_summary(
        self,
        *,
        query_list_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListSummaryItem:
        """Get the statistics summary of selected lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/summary (getListStatisticsSummary). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSummary
        """
        from ..models.list_summary_item import ListSummaryItem

        return self._request(
            "GET",
            "/campaigns/statistics/summary",
            cast_to=ListSummaryItem,
            params={"query[campaignId]": query_list_id},
            operation="getListStatisticsSummary",
            options=options,
        )

    @overload
    def update_blocklist(
        self,
        list_id: str,
        *,
        masks: builtins.list[str],
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist: ...

    @overload
    def update_blocklist(
        self,
        list_id: str,
        *,
        body: UpdateBlocklist | UpdateBlocklistDict,
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist: ...

    def update_blocklist(
        self,
        list_id: str,
        *,
        body: UpdateBlocklist | UpdateBlocklistDict | None = None,
        masks: builtins.list[str] | Unset = UNSET,
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist:
        """Update the blocklist masks of a list (campaign in the API).

        Args:
            list_id: Unique identifier of the campaign (contact list).
            additional_flags: The flag value add adds the masks provided in the request body to your
                blocklist.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /campaigns/{campaignId}/blocklists (updateListBlocklist). Reference: https://apireference.getresponse.com/#operation/updateCampaignBlocklist
        """
        from ..models.blocklist import Blocklist

        return self._request(
            "POST",
            f"/campaigns/{path_value(list_id)}/blocklists",
            cast_to=Blocklist,
            params={"additionalFlags": additional_flags},
            json=json_body(
                "lists.update_blocklist",
                body,
                {"masks": masks},
                LISTS_UPDATE_BLOCKLIST_WIRE,
                required=("masks",),
            ),
            operation="updateListBlocklist",
            options=options,
        )

    @property
    def with_raw_response(self) -> ListsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return ListsResourceWithRawResponse(self._raw_copy())


class ListsResourceWithRawResponse:
    """client.lists.with_raw_response."""

    def __init__(self, resource: ListsResource) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)
        self.get_blocklist = raw_response(resource.get_blocklist)
        self.get_contacts = raw_response(resource.get_contacts)
        self.get_statistics_balance = raw_response(resource.get_statistics_balance)
        self.get_statistics_list_size = raw_response(resource.get_statistics_list_size)
        self.get_statistics_locations = raw_response(resource.get_statistics_locations)
        self.get_statistics_origins = raw_response(resource.get_statistics_origins)
        self.get_statistics_removals = raw_response(resource.get_statistics_removals)
        self.get_statistics_subscriptions = raw_response(resource.get_statistics_subscriptions)
        self.get_statistics_summary = raw_response(resource.get_statistics_summary)
        self.update_blocklist = raw_response(resource.update_blocklist)


class AsyncListsResource(AsyncResource):
    """Lists: client.lists."""

    @overload
    async def create(
        self,
        *,
        name: str,
        language_code: str | Unset = UNSET,
        is_default: StringBooleanEnum | str | Unset = UNSET,
        postal: ListPostal | ListPostalDict | Unset = UNSET,
        confirmation: ListConfirmation | ListConfirmationDict | Unset = UNSET,
        optin_types: ListOptinTypes | ListOptinTypesDict | Unset = UNSET,
        subscription_notifications: ListSubscriptionNotifications | ListSubscriptionNotificationsDict | Unset = UNSET,
        profile: ListProfile | ListProfileDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails: ...

    @overload
    async def create(
        self,
        *,
        body: NewList | NewListDict,
        **options: Unpack[RequestOptions],
    ) -> ListDetails: ...

    async def create(
        self,
        *,
        body: NewList | NewListDict | None = None,
        name: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        is_default: StringBooleanEnum | str | Unset = UNSET,
        postal: ListPostal | ListPostalDict | Unset = UNSET,
        confirmation: ListConfirmation | ListConfirmationDict | Unset = UNSET,
        optin_types: ListOptinTypes | ListOptinTypesDict | Unset = UNSET,
        subscription_notifications: ListSubscriptionNotifications | ListSubscriptionNotificationsDict | Unset = UNSET,
        profile: ListProfile | ListProfileDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails:
        """Create a list (campaign in the API).

        Args:
            name: The campaign (list) name.
            language_code: The campaign language code according to ISO 639-1, plus: zt - Chinese
                (Traditional), fs - Afghan Persian (Dari), md - Moldavian

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /campaigns (createList). Reference: https://apireference.getresponse.com/#operation/createCampaign
        """
        from ..models.list_details import ListDetails

        return await self._request(
            "POST",
            "/campaigns",
            cast_to=ListDetails,
            json=json_body(
                "lists.create",
                body,
                {
                    "name": name,
                    "language_code": language_code,
                    "is_default": is_default,
                    "postal": postal,
                    "confirmation": confirmation,
                    "optin_types": optin_types,
                    "subscription_notifications": subscription_notifications,
                    "profile": profile,
                },
                LISTS_CREATE_WIRE,
                required=("name",),
            ),
            operation="createList",
            options=options,
        )

    async def get(
        self,
        list_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails:
        """Get a single list (campaign in the API) by its ID.

        Args:
            list_id: Unique identifier of the campaign (contact list).
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/{campaignId} (getList). Reference: https://apireference.getresponse.com/#operation/getCampaign
        """
        from ..models.list_details import ListDetails

        return await self._request(
            "GET",
            f"/campaigns/{path_value(list_id)}",
            cast_to=ListDetails,
            params={"fields": fields},
            operation="getList",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListsElement]:
        """Get lists (campaigns in the API).

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Retrieve campaigns (contact lists) filtered by name
            query_is_default: Retrieve campaigns (contact lists) depending on whether they are marked as
                default (isDefault = true)
            sort_name: Sort by name
            sort_created_on: Sort campaigns (contact lists) by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns (getLists). Reference: https://apireference.getresponse.com/#operation/getCampaignList
        """
        from ..models.lists_element import ListsElement

        return self._page(
            "/campaigns",
            item=ListsElement,
            params={
                "query[name]": query_name,
                "query[isDefault]": query_is_default,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getLists",
            options=options,
        )

    @overload
    async def update(
        self,
        list_id: str,
        *,
        name: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        is_default: StringBooleanEnum | str | Unset = UNSET,
        postal: ListPostal | ListPostalDict | Unset = UNSET,
        confirmation: ListConfirmation | ListConfirmationDict | Unset = UNSET,
        optin_types: ListOptinTypes | ListOptinTypesDict | Unset = UNSET,
        subscription_notifications: ListSubscriptionNotifications | ListSubscriptionNotificationsDict | Unset = UNSET,
        profile: ListProfile | ListProfileDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails: ...

    @overload
    async def update(
        self,
        list_id: str,
        *,
        body: UpdateList | UpdateListDict,
        **options: Unpack[RequestOptions],
    ) -> ListDetails: ...

    async def update(
        self,
        list_id: str,
        *,
        body: UpdateList | UpdateListDict | None = None,
        name: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        is_default: StringBooleanEnum | str | Unset = UNSET,
        postal: ListPostal | ListPostalDict | Unset = UNSET,
        confirmation: ListConfirmation | ListConfirmationDict | Unset = UNSET,
        optin_types: ListOptinTypes | ListOptinTypesDict | Unset = UNSET,
        subscription_notifications: ListSubscriptionNotifications | ListSubscriptionNotificationsDict | Unset = UNSET,
        profile: ListProfile | ListProfileDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListDetails:
        """Update a list (campaign in the API).

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            list_id: Unique identifier of the campaign (contact list).
            name: The campaign (list) name.
            language_code: The campaign language code according to ISO 639-1, plus: zt - Chinese
                (Traditional), fs - Afghan Persian (Dari), md - Moldavian

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /campaigns/{campaignId} (updateList). Reference: https://apireference.getresponse.com/#operation/updateCampaign
        """
        from ..models.list_details import ListDetails

        return await self._request(
            "POST",
            f"/campaigns/{path_value(list_id)}",
            cast_to=ListDetails,
            json=json_body(
                "lists.update",
                body,
                {
                    "name": name,
                    "language_code": language_code,
                    "is_default": is_default,
                    "postal": postal,
                    "confirmation": confirmation,
                    "optin_types": optin_types,
                    "subscription_notifications": subscription_notifications,
                    "profile": profile,
                },
                LISTS_UPDATE_WIRE,
            ),
            operation="updateList",
            options=options,
        )

    async def get_blocklist(
        self,
        list_id: str,
        *,
        query_mask: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist:
        """Get the blocklist masks of a list (campaign in the API).

        Args:
            list_id: Unique identifier of the campaign (contact list).
            query_mask: Blocklist mask to search for

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/{campaignId}/blocklists (getListBlocklist). Reference: https://apireference.getresponse.com/#operation/getCampaignBlocklist
        """
        from ..models.blocklist import Blocklist

        return await self._request(
            "GET",
            f"/campaigns/{path_value(list_id)}/blocklists",
            cast_to=Blocklist,
            params={"query[mask]": query_mask},
            operation="getListBlocklist",
            options=options,
        )

    def get_contacts(
        self,
        list_id: str,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ContactListElement]:
        """Get contacts from a single list (campaign in the API).

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            list_id: Unique identifier of the campaign (contact list).
            query_email: Search contacts by email
            query_name: Search contacts by name
            query_created_on_from: Return only contacts created on or after the given date.
            query_created_on_to: Return only contacts created on or before the given date.
            sort_email: Sort contacts by email
            sort_name: Sort contacts by name
            sort_created_on: Sort contacts by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/{campaignId}/contacts (getContactsFromList). Reference: https://apireference.getresponse.com/#operation/getContactsFromCampaign
        """
        from ..models.contact_list_element import ContactListElement

        return self._page(
            f"/campaigns/{path_value(list_id)}/contacts",
            item=ContactListElement,
            params={
                "query[email]": query_email,
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[email]": sort_email,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "contactId"),
            operation="getContactsFromList",
            options=options,
        )

    async def get_statistics_balance(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsBalanceQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListBalanceStatisticsList:
        """Get balance statistics of lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/balance (getListStatisticsBalance). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsBalance
        """
        from ..models.list_balance_statistics_list import ListBalanceStatisticsList

        return await self._request(
            "GET",
            "/campaigns/statistics/balance",
            cast_to=ListBalanceStatisticsList,
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsBalance",
            options=options,
        )

    async def get_statistics_list_size(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsListSizeQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ListListSizesStatisticsElement]:
        """Get list size statistics (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/list-size (getListStatisticsListSize). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsListSize
        """
        from ..models.list_list_sizes_statistics_element import ListListSizesStatisticsElement

        return await self._request(
            "GET",
            "/campaigns/statistics/list-size",
            cast_to=ListOf(ListListSizesStatisticsElement),
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsListSize",
            options=options,
        )

    async def get_statistics_locations(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsLocationsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListLocationItem:
        """Get subscriber location statistics of lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/locations (getListStatisticsLocations). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsLocations
        """
        from ..models.list_location_item import ListLocationItem

        return await self._request(
            "GET",
            "/campaigns/statistics/locations",
            cast_to=ListLocationItem,
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsLocations",
            options=options,
        )

    async def get_statistics_origins(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsOriginsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ListSubscriptionStatisticsItemByList]:
        """Get subscriber origin statistics of lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/origins (getListStatisticsOrigins). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsOrigins
        """
        from ..models.list_subscription_statistics_item_by_list import ListSubscriptionStatisticsItemByList

        return await self._request(
            "GET",
            "/campaigns/statistics/origins",
            cast_to=ListOf(ListSubscriptionStatisticsItemByList),
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsOrigins",
            options=options,
        )

    async def get_statistics_removals(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListRemovalsStatisticsList:
        """Get removal statistics of lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/removals (getListStatisticsRemovals). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsRemovals
        """
        from ..models.list_removals_statistics_list import ListRemovalsStatisticsList

        return await self._request(
            "GET",
            "/campaigns/statistics/removals",
            cast_to=ListRemovalsStatisticsList,
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsRemovals",
            options=options,
        )

    async def get_statistics_subscriptions(
        self,
        *,
        query_list_id: str,
        query_group_by: GetListStatisticsSubscriptionsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListSubscriptionStatisticsList:
        """Get the number and origin of subscriptions to lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/subscriptions (getListStatisticsSubscriptions). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSubscriptions
        """
        from ..models.list_subscription_statistics_list import ListSubscriptionStatisticsList

        return await self._request(
            "GET",
            "/campaigns/statistics/subscriptions",
            cast_to=ListSubscriptionStatisticsList,
            params={
                "query[campaignId]": query_list_id,
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
            },
            operation="getListStatisticsSubscriptions",
            options=options,
        )

    async def get_statistics_summary(
        self,
        *,
        query_list_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListSummaryItem:
        """Get the statistics summary of selected lists (campaigns in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /campaigns/statistics/summary (getListStatisticsSummary). Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSummary
        """
        from ..models.list_summary_item import ListSummaryItem

        return await self._request(
            "GET",
            "/campaigns/statistics/summary",
            cast_to=ListSummaryItem,
            params={"query[campaignId]": query_list_id},
            operation="getListStatisticsSummary",
            options=options,
        )

    @overload
    async def update_blocklist(
        self,
        list_id: str,
        *,
        masks: builtins.list[str],
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist: ...

    @overload
    async def update_blocklist(
        self,
        list_id: str,
        *,
        body: UpdateBlocklist | UpdateBlocklistDict,
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist: ...

    async def update_blocklist(
        self,
        list_id: str,
        *,
        body: UpdateBlocklist | UpdateBlocklistDict | None = None,
        masks: builtins.list[str] | Unset = UNSET,
        additional_flags: UpdateListBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist:
        """Update the blocklist masks of a list (campaign in the API).

        Args:
            list_id: Unique identifier of the campaign (contact list).
            additional_flags: The flag value add adds the masks provided in the request body to your
                blocklist.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /campaigns/{campaignId}/blocklists (updateListBlocklist). Reference: https://apireference.getresponse.com/#operation/updateCampaignBlocklist
        """
        from ..models.blocklist import Blocklist

        return await self._request(
            "POST",
            f"/campaigns/{path_value(list_id)}/blocklists",
            cast_to=Blocklist,
            params={"additionalFlags": additional_flags},
            json=json_body(
                "lists.update_blocklist",
                body,
                {"masks": masks},
                LISTS_UPDATE_BLOCKLIST_WIRE,
                required=("masks",),
            ),
            operation="updateListBlocklist",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncListsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncListsResourceWithRawResponse(self._raw_copy())


class AsyncListsResourceWithRawResponse:
    """client.lists.with_raw_response."""

    def __init__(self, resource: AsyncListsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)
        self.get_blocklist = async_raw_response(resource.get_blocklist)
        self.get_contacts = async_raw_pager(resource.get_contacts)
        self.get_statistics_balance = async_raw_response(resource.get_statistics_balance)
        self.get_statistics_list_size = async_raw_response(resource.get_statistics_list_size)
        self.get_statistics_locations = async_raw_response(resource.get_statistics_locations)
        self.get_statistics_origins = async_raw_response(resource.get_statistics_origins)
        self.get_statistics_removals = async_raw_response(resource.get_statistics_removals)
        self.get_statistics_subscriptions = async_raw_response(resource.get_statistics_subscriptions)
        self.get_statistics_summary = async_raw_response(resource.get_statistics_summary)
        self.update_blocklist = async_raw_response(resource.update_blocklist)


# Keyword argument -> JSON name, per method with a body.
LISTS_CREATE_WIRE = {
    "name": "name",
    "language_code": "languageCode",
    "is_default": "isDefault",
    "postal": "postal",
    "confirmation": "confirmation",
    "optin_types": "optinTypes",
    "subscription_notifications": "subscriptionNotifications",
    "profile": "profile",
}
LISTS_UPDATE_WIRE = {
    "name": "name",
    "language_code": "languageCode",
    "is_default": "isDefault",
    "postal": "postal",
    "confirmation": "confirmation",
    "optin_types": "optinTypes",
    "subscription_notifications": "subscriptionNotifications",
    "profile": "profile",
}
LISTS_UPDATE_BLOCKLIST_WIRE = {"masks": "masks"}
