"""SMS Messages: client.sms_messages (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.responses import RawResponse
    from ..models.base_send_sms import BaseSendSms
    from ..models.get_sms_list_querysending_status import GetSmsListQuerysendingStatus
    from ..models.get_sms_list_querytype import GetSmsListQuerytype
    from ..models.sms_details import SmsDetails
    from ..models.sms_list_item import SmsListItem
    from ..models.sms_sender_name import SmsSenderName
    from ..models.sort_order_enum import SortOrderEnum


class SmsMessagesRawResource(SyncResource):
    """client.sms_messages.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[SmsDetails]:
        """Get a single SMS message by its ID. Returns the raw response with the parsed body."""
        from ..api.sms_messages import get_sms_by_id as op

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
        query_type: GetSmsListQuerytype | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_sending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_has_links: bool | Unset = UNSET,
        sort_sending_status: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_sent: SortOrderEnum | Unset = UNSET,
        sort_clicks: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[SmsListItem]:
        """Get the list of SMS messages. Returns the raw response with the parsed body."""
        from ..api.sms_messages import get_sms_list as op

        return self._call(
            op._get_kwargs(
                querytype=query_type,
                queryname=query_name,
                querysending_status=query_sending_status,
                querycampaign_id=query_campaign_id,
                queryhas_links=query_has_links,
                sortsending_status=sort_sending_status,
                sortname=sort_name,
                sortsend_on=sort_send_on,
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

    def list_sender_names(
        self,
        *,
        query_status: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[SmsSenderName]]:
        """Get a list of SMS sender names. Returns the raw response with the parsed body."""
        from ..api.sms_messages import get_sms_sender_name_list as op

        return self._call(
            op._get_kwargs(
                querystatus=query_status,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def send(
        self,
        body: BaseSendSms | Unset = UNSET,
    ) -> RawResponse[SmsDetails]:
        """Send an SMS message. Returns the raw response with the parsed body."""
        from ..api.sms_messages import send_sms as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class SmsMessagesResource(SyncResource):
    """SMS Messages: client.sms_messages."""

    @cached_property
    def with_raw_response(self) -> SmsMessagesRawResource:
        return SmsMessagesRawResource(self._transport)

    def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SmsDetails:
        """Get a single SMS message by its ID.

        GET /sms/{smsId} (getSmsById). Reference: https://apireference.getresponse.com/#operation/getSmsById
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
        query_type: GetSmsListQuerytype | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_sending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_has_links: bool | Unset = UNSET,
        sort_sending_status: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_sent: SortOrderEnum | Unset = UNSET,
        sort_clicks: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> SmsListItem:
        """Get the list of SMS messages.

        GET /sms (getSMSList). Reference: https://apireference.getresponse.com/#operation/getSMSList
        """
        return (
            self.with_raw_response.list(
                query_type=query_type,
                query_name=query_name,
                query_sending_status=query_sending_status,
                query_campaign_id=query_campaign_id,
                query_has_links=query_has_links,
                sort_sending_status=sort_sending_status,
                sort_name=sort_name,
                sort_send_on=sort_send_on,
                sort_modified_on=sort_modified_on,
                sort_delivered=sort_delivered,
                sort_sent=sort_sent,
                sort_clicks=sort_clicks,
                fields=fields,
                per_page=per_page,
                page=page,
            )
        ).parsed

    def list_sender_names(
        self,
        *,
        query_status: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> builtins.list[SmsSenderName]:
        """Get a list of SMS sender names.

        GET /sms/sender-names (getSmsSenderNameList). Reference: https://apireference.getresponse.com/#operation/getSmsSenderNameList
        """
        return (
            self.with_raw_response.list_sender_names(
                query_status=query_status,
                fields=fields,
            )
        ).parsed

    def send(
        self,
        body: BaseSendSms | Unset = UNSET,
    ) -> SmsDetails:
        """Send an SMS message.

        POST /sms (sendSms). Reference: https://apireference.getresponse.com/#operation/sendSms
        """
        return (
            self.with_raw_response.send(
                body,
            )
        ).parsed


class AsyncSmsMessagesRawResource(AsyncResource):
    """client.sms_messages.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[SmsDetails]:
        """Get a single SMS message by its ID. Returns the raw response with the parsed body."""
        from ..api.sms_messages import get_sms_by_id as op

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
        query_type: GetSmsListQuerytype | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_sending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_has_links: bool | Unset = UNSET,
        sort_sending_status: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_sent: SortOrderEnum | Unset = UNSET,
        sort_clicks: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[SmsListItem]:
        """Get the list of SMS messages. Returns the raw response with the parsed body."""
        from ..api.sms_messages import get_sms_list as op

        return await self._call(
            op._get_kwargs(
                querytype=query_type,
                queryname=query_name,
                querysending_status=query_sending_status,
                querycampaign_id=query_campaign_id,
                queryhas_links=query_has_links,
                sortsending_status=sort_sending_status,
                sortname=sort_name,
                sortsend_on=sort_send_on,
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

    async def list_sender_names(
        self,
        *,
        query_status: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[SmsSenderName]]:
        """Get a list of SMS sender names. Returns the raw response with the parsed body."""
        from ..api.sms_messages import get_sms_sender_name_list as op

        return await self._call(
            op._get_kwargs(
                querystatus=query_status,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def send(
        self,
        body: BaseSendSms | Unset = UNSET,
    ) -> RawResponse[SmsDetails]:
        """Send an SMS message. Returns the raw response with the parsed body."""
        from ..api.sms_messages import send_sms as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncSmsMessagesResource(AsyncResource):
    """SMS Messages: client.sms_messages."""

    @cached_property
    def with_raw_response(self) -> AsyncSmsMessagesRawResource:
        return AsyncSmsMessagesRawResource(self._transport)

    async def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SmsDetails:
        """Get a single SMS message by its ID.

        GET /sms/{smsId} (getSmsById). Reference: https://apireference.getresponse.com/#operation/getSmsById
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
        query_type: GetSmsListQuerytype | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_sending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_has_links: bool | Unset = UNSET,
        sort_sending_status: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_modified_on: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_sent: SortOrderEnum | Unset = UNSET,
        sort_clicks: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> SmsListItem:
        """Get the list of SMS messages.

        GET /sms (getSMSList). Reference: https://apireference.getresponse.com/#operation/getSMSList
        """
        return (
            await self.with_raw_response.list(
                query_type=query_type,
                query_name=query_name,
                query_sending_status=query_sending_status,
                query_campaign_id=query_campaign_id,
                query_has_links=query_has_links,
                sort_sending_status=sort_sending_status,
                sort_name=sort_name,
                sort_send_on=sort_send_on,
                sort_modified_on=sort_modified_on,
                sort_delivered=sort_delivered,
                sort_sent=sort_sent,
                sort_clicks=sort_clicks,
                fields=fields,
                per_page=per_page,
                page=page,
            )
        ).parsed

    async def list_sender_names(
        self,
        *,
        query_status: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> builtins.list[SmsSenderName]:
        """Get a list of SMS sender names.

        GET /sms/sender-names (getSmsSenderNameList). Reference: https://apireference.getresponse.com/#operation/getSmsSenderNameList
        """
        return (
            await self.with_raw_response.list_sender_names(
                query_status=query_status,
                fields=fields,
            )
        ).parsed

    async def send(
        self,
        body: BaseSendSms | Unset = UNSET,
    ) -> SmsDetails:
        """Send an SMS message.

        POST /sms (sendSms). Reference: https://apireference.getresponse.com/#operation/sendSms
        """
        return (
            await self.with_raw_response.send(
                body,
            )
        ).parsed
