"""SMS Automation Messages: client.sms_automation_messages (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_response,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Unpack

    from getresponse_runtime.transport import RequestOptions

    from ..models.sms_automation_details import SmsAutomationDetails
    from ..models.sms_automation_list_item import SmsAutomationListItem
    from ..models.sort_order_enum import SortOrderEnum


class SmsAutomationMessagesResource(SyncResource):
    """SMS Automation Messages: client.sms_automation_messages."""

    def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SmsAutomationDetails:
        """Get a single automated SMS message by its ID.

        Args:
            sms_id: The automated SMS message ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms-automation/{smsId} (getSmsAutomationById). Reference: https://apireference.getresponse.com/#operation/getSmsAutomationById
        """
        from ..models.sms_automation_details import SmsAutomationDetails

        return self._request(
            "GET",
            f"/sms-automation/{path_value(sms_id)}",
            cast_to=SmsAutomationDetails,
            params={"fields": fields},
            operation="getSmsAutomationById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_has_links: bool | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_sent: SortOrderEnum | Unset = UNSET,
        sort_clicks: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> SmsAutomationListItem:
        """Get the list of automated SMS messages.

        Args:
            query_name: Search automated SMS messages by name
            query_list_id: Search automated SMS messages by campaign (list) ID
            query_has_links: Search for automated SMS messages containing links
            sort_status: Sort by the status of the SMS message
            sort_name: Sort by the name of the automated SMS message
            sort_modified_on: Sort by the date the SMS message was modified on
            sort_delivered: Sort by the number of delivered SMS messages
            sort_sent: Sort by the number of sent SMS messages
            sort_clicks: Sort by the number of link clicks
            fields: List of fields that should be returned.
            per_page: Requested number of results per page
            page: Page number

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms-automation (getSMSAutomationList). Reference: https://apireference.getresponse.com/#operation/getSMSAutomationList
        """
        from ..models.sms_automation_list_item import SmsAutomationListItem

        return self._request(
            "GET",
            "/sms-automation",
            cast_to=SmsAutomationListItem,
            params={
                "query[name]": query_name,
                "query[campaignId]": query_list_id,
                "query[hasLinks]": query_has_links,
                "sort[status]": sort_status,
                "sort[name]": sort_name,
                "sort[modifiedOn]": sort_modified_on,
                "sort[delivered]": sort_delivered,
                "sort[sent]": sort_sent,
                "sort[clicks]": sort_clicks,
                "fields": fields,
                "perPage": per_page,
                "page": page,
            },
            operation="getSMSAutomationList",
            options=options,
        )

    @property
    def with_raw_response(self) -> SmsAutomationMessagesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return SmsAutomationMessagesResourceWithRawResponse(self._raw_copy())


class SmsAutomationMessagesResourceWithRawResponse:
    """client.sms_automation_messages.with_raw_response."""

    def __init__(self, resource: SmsAutomationMessagesResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncSmsAutomationMessagesResource(AsyncResource):
    """SMS Automation Messages: client.sms_automation_messages."""

    async def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SmsAutomationDetails:
        """Get a single automated SMS message by its ID.

        Args:
            sms_id: The automated SMS message ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms-automation/{smsId} (getSmsAutomationById). Reference: https://apireference.getresponse.com/#operation/getSmsAutomationById
        """
        from ..models.sms_automation_details import SmsAutomationDetails

        return await self._request(
            "GET",
            f"/sms-automation/{path_value(sms_id)}",
            cast_to=SmsAutomationDetails,
            params={"fields": fields},
            operation="getSmsAutomationById",
            options=options,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_has_links: bool | Unset = UNSET,
        sort_status: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_sent: SortOrderEnum | Unset = UNSET,
        sort_clicks: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> SmsAutomationListItem:
        """Get the list of automated SMS messages.

        Args:
            query_name: Search automated SMS messages by name
            query_list_id: Search automated SMS messages by campaign (list) ID
            query_has_links: Search for automated SMS messages containing links
            sort_status: Sort by the status of the SMS message
            sort_name: Sort by the name of the automated SMS message
            sort_modified_on: Sort by the date the SMS message was modified on
            sort_delivered: Sort by the number of delivered SMS messages
            sort_sent: Sort by the number of sent SMS messages
            sort_clicks: Sort by the number of link clicks
            fields: List of fields that should be returned.
            per_page: Requested number of results per page
            page: Page number

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms-automation (getSMSAutomationList). Reference: https://apireference.getresponse.com/#operation/getSMSAutomationList
        """
        from ..models.sms_automation_list_item import SmsAutomationListItem

        return await self._request(
            "GET",
            "/sms-automation",
            cast_to=SmsAutomationListItem,
            params={
                "query[name]": query_name,
                "query[campaignId]": query_list_id,
                "query[hasLinks]": query_has_links,
                "sort[status]": sort_status,
                "sort[name]": sort_name,
                "sort[modifiedOn]": sort_modified_on,
                "sort[delivered]": sort_delivered,
                "sort[sent]": sort_sent,
                "sort[clicks]": sort_clicks,
                "fields": fields,
                "perPage": per_page,
                "page": page,
            },
            operation="getSMSAutomationList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncSmsAutomationMessagesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncSmsAutomationMessagesResourceWithRawResponse(self._raw_copy())


class AsyncSmsAutomationMessagesResourceWithRawResponse:
    """client.sms_automation_messages.with_raw_response."""

    def __init__(self, resource: AsyncSmsAutomationMessagesResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_response(resource.list)
