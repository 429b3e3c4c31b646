"""SMS Automation Messages: client.sms_automation_messages (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.responses import RawResponse
    from ..models.sms_automation_details import SmsAutomationDetails
    from ..models.sms_automation_list_item import SmsAutomationListItem
    from ..models.sort_order_enum import SortOrderEnum


class SmsAutomationMessagesRawResource(SyncResource):
    """client.sms_automation_messages.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[SmsAutomationDetails]:
        """Get a single automated SMS message by its ID. Returns the raw response with the parsed body."""
        from ..api.sms_automation_messages import get_sms_automation_by_id as op

        return self._call(
            op._get_kwargs(
                sms_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
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
    ) -> RawResponse[SmsAutomationListItem]:
        """Get the list of automated SMS messages. Returns the raw response with the parsed body."""
        from ..api.sms_automation_messages import get_sms_automation_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                queryhas_links=query_has_links,
                sortstatus=sort_status,
                sortname=sort_name,
                sortmodified_on=sort_modified_on,
                sortdelivered=sort_delivered,
                sortsent=sort_sent,
                sortclicks=sort_clicks,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class SmsAutomationMessagesResource(SyncResource):
    """SMS Automation Messages: client.sms_automation_messages."""

    @cached_property
    def with_raw_response(self) -> SmsAutomationMessagesRawResource:
        return SmsAutomationMessagesRawResource(self._transport)

    def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SmsAutomationDetails:
        """Get a single automated SMS message by its ID.

        GET /sms-automation/{smsId} (getSmsAutomationById). Reference: https://apireference.getresponse.com/#operation/getSmsAutomationById
        """
        return (
            self.with_raw_response.get(
                sms_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
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
    ) -> SmsAutomationListItem:
        """Get the list of automated SMS messages.

        GET /sms-automation (getSMSAutomationList). Reference: https://apireference.getresponse.com/#operation/getSMSAutomationList
        """
        return (
            self.with_raw_response.list(
                query_name=query_name,
                query_campaign_id=query_campaign_id,
                query_has_links=query_has_links,
                sort_status=sort_status,
                sort_name=sort_name,
                sort_modified_on=sort_modified_on,
                sort_delivered=sort_delivered,
                sort_sent=sort_sent,
                sort_clicks=sort_clicks,
                fields=fields,
                per_page=per_page,
                page=page,
            )
        ).parsed


class AsyncSmsAutomationMessagesRawResource(AsyncResource):
    """client.sms_automation_messages.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[SmsAutomationDetails]:
        """Get a single automated SMS message by its ID. Returns the raw response with the parsed body."""
        from ..api.sms_automation_messages import get_sms_automation_by_id as op

        return await self._call(
            op._get_kwargs(
                sms_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
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
    ) -> RawResponse[SmsAutomationListItem]:
        """Get the list of automated SMS messages. Returns the raw response with the parsed body."""
        from ..api.sms_automation_messages import get_sms_automation_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                queryhas_links=query_has_links,
                sortstatus=sort_status,
                sortname=sort_name,
                sortmodified_on=sort_modified_on,
                sortdelivered=sort_delivered,
                sortsent=sort_sent,
                sortclicks=sort_clicks,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncSmsAutomationMessagesResource(AsyncResource):
    """SMS Automation Messages: client.sms_automation_messages."""

    @cached_property
    def with_raw_response(self) -> AsyncSmsAutomationMessagesRawResource:
        return AsyncSmsAutomationMessagesRawResource(self._transport)

    async def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SmsAutomationDetails:
        """Get a single automated SMS message by its ID.

        GET /sms-automation/{smsId} (getSmsAutomationById). Reference: https://apireference.getresponse.com/#operation/getSmsAutomationById
        """
        return (
            await self.with_raw_response.get(
                sms_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
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
    ) -> SmsAutomationListItem:
        """Get the list of automated SMS messages.

        GET /sms-automation (getSMSAutomationList). Reference: https://apireference.getresponse.com/#operation/getSMSAutomationList
        """
        return (
            await self.with_raw_response.list(
                query_name=query_name,
                query_campaign_id=query_campaign_id,
                query_has_links=query_has_links,
                sort_status=sort_status,
                sort_name=sort_name,
                sort_modified_on=sort_modified_on,
                sort_delivered=sort_delivered,
                sort_sent=sort_sent,
                sort_clicks=sort_clicks,
                fields=fields,
                per_page=per_page,
                page=page,
            )
        ).parsed
