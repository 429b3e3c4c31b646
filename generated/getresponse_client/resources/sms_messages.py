"""SMS Messages: client.sms_messages (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from getresponse_runtime.resource import (
    AsyncResource,
    ListOf,
    SyncResource,
    async_raw_response,
    json_body,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Unpack

    from getresponse_runtime.transport import RequestOptions

    from ..models.base_send_sms import BaseSendSms, BaseSendSmsDict
    from ..models.base_send_sms_recipients_type import BaseSendSmsRecipientsType
    from ..models.get_sms_list_querysending_status import GetSmsListQuerysendingStatus
    from ..models.get_sms_list_querytype import GetSmsListQuerytype
    from ..models.sms_details import SmsDetails
    from ..models.sms_list_item import SmsListItem
    from ..models.sms_sender_name import SmsSenderName
    from ..models.sms_stats import SmsStats
    from ..models.sort_order_enum import SortOrderEnum


class SmsMessagesResource(SyncResource):
    """SMS Messages: client.sms_messages."""

    def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SmsDetails:
        """Get a single SMS message by its ID.

        Args:
            sms_id: The SMS message ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms/{smsId} (getSmsById). Reference: https://apireference.getresponse.com/#operation/getSmsById
        """
        from ..models.sms_details import SmsDetails

        return self._request(
            "GET",
            f"/sms/{path_value(sms_id)}",
            cast_to=SmsDetails,
            params={"fields": fields},
            operation="getSmsById",
            options=options,
        )

    def list(
        self,
        *,
        query_type: GetSmsListQuerytype | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_sending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
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
        **options: Unpack[RequestOptions],
    ) -> SmsListItem:
        """Get the list of SMS messages.

        Args:
            query_type: Search SMS messages by type
            query_name: Search SMS messages by name
            query_sending_status: Search SMS messages by status
            query_list_id: Search SMS messages by campaign (list) ID
            query_has_links: Search for SMS messages with links
            sort_sending_status: Sort by sending status
            sort_name: Sort by name
            sort_send_on: Sort by sending date
            sort_modified_on: Sort by modification date
            sort_delivered: Sort by number of delivered messages
            sort_sent: Sort by number of sent messages
            sort_clicks: Sort by number of link clicks
            fields: List of fields that should be returned.
            per_page: Requested number of results per page
            page: Page number

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms (getSMSList). Reference: https://apireference.getresponse.com/#operation/getSMSList
        """
        from ..models.sms_list_item import SmsListItem

        return self._request(
            "GET",
            "/sms",
            cast_to=SmsListItem,
            params={
                "query[type]": query_type,
                "query[name]": query_name,
                "query[sendingStatus]": query_sending_status,
                "query[campaignId]": query_list_id,
                "query[hasLinks]": query_has_links,
                "sort[sendingStatus]": sort_sending_status,
                "sort[name]": sort_name,
                "sort[sendOn]": sort_send_on,
                "sort[modifiedOn]": sort_modified_on,
                "sort[delivered]": sort_delivered,
                "sort[sent]": sort_sent,
                "sort[clicks]": sort_clicks,
                "fields": fields,
                "perPage": per_page,
                "page": page,
            },
            operation="getSMSList",
            options=options,
        )

    def get_statistics(
        self,
        sms_id: str,
        *,
        query_created_on_from: datetime.date | Unset = UNSET,
        query_created_on_to: datetime.date | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SmsStats:
        """Get details for the SMS message statistics.

        Args:
            sms_id: The SMS message ID
            query_created_on_from: Get statistics for a single SMS from this date
            query_created_on_to: Get statistics for a single SMS to this date
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/sms/{smsId} (getSmsStats). Reference: https://apireference.getresponse.com/#operation/getSmsStats
        """
        from ..models.sms_stats import SmsStats

        return self._request(
            "GET",
            f"/statistics/sms/{path_value(sms_id)}",
            cast_to=SmsStats,
            params={
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
            },
            operation="getSmsStats",
            options=options,
        )

    def list_sender_names(
        self,
        *,
        query_status: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SmsSenderName]:
        """Get a list of SMS sender names.

        Args:
            query_status: Search sender names by status
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms/sender-names (getSmsSenderNameList). Reference: https://apireference.getresponse.com/#operation/getSmsSenderNameList
        """
        from ..models.sms_sender_name import SmsSenderName

        return self._request(
            "GET",
            "/sms/sender-names",
            cast_to=ListOf(SmsSenderName),
            params={"query[status]": query_status, "fields": fields},
            operation="getSmsSenderNameList",
            options=options,
        )

    @overload
    def send(
        self,
        *,
        name: str,
        content: str,
        recipients_type: BaseSendSmsRecipientsType | str,
        **options: Unpack[RequestOptions],
    ) -> SmsDetails: ...

    @overload
    def send(
        self,
        *,
        body: BaseSendSms | BaseSendSmsDict,
        **options: Unpack[RequestOptions],
    ) -> SmsDetails: ...

    def send(
        self,
        *,
        body: BaseSendSms | BaseSendSmsDict | None = None,
        name: str | Unset = UNSET,
        content: str | Unset = UNSET,
        recipients_type: BaseSendSmsRecipientsType | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SmsDetails:
        """Send an SMS message.

        Args:
            name: The SMS message name
            content: The SMS message content
            recipients_type: The recipient type.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /sms (sendSms). Reference: https://apireference.getresponse.com/#operation/sendSms
        """
        from ..models.sms_details import SmsDetails

        return self._request(
            "POST",
            "/sms",
            cast_to=SmsDetails,
            json=json_body(
                "sms_messages.send",
                body,
                {"name": name, "content": content, "recipients_type": recipients_type},
                SMS_MESSAGES_SEND_WIRE,
                required=("name", "content", "recipients_type"),
            ),
            operation="sendSms",
            options=options,
        )

    @property
    def with_raw_response(self) -> SmsMessagesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return SmsMessagesResourceWithRawResponse(self._raw_copy())


class SmsMessagesResourceWithRawResponse:
    """client.sms_messages.with_raw_response."""

    def __init__(self, resource: SmsMessagesResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.get_statistics = raw_response(resource.get_statistics)
        self.list_sender_names = raw_response(resource.list_sender_names)
        self.send = raw_response(resource.send)


class AsyncSmsMessagesResource(AsyncResource):
    """SMS Messages: client.sms_messages."""

    async def get(
        self,
        sms_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SmsDetails:
        """Get a single SMS message by its ID.

        Args:
            sms_id: The SMS message ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms/{smsId} (getSmsById). Reference: https://apireference.getresponse.com/#operation/getSmsById
        """
        from ..models.sms_details import SmsDetails

        return await self._request(
            "GET",
            f"/sms/{path_value(sms_id)}",
            cast_to=SmsDetails,
            params={"fields": fields},
            operation="getSmsById",
            options=options,
        )

    async def list(
        self,
        *,
        query_type: GetSmsListQuerytype | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_sending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
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
        **options: Unpack[RequestOptions],
    ) -> SmsListItem:
        """Get the list of SMS messages.

        Args:
            query_type: Search SMS messages by type
            query_name: Search SMS messages by name
            query_sending_status: Search SMS messages by status
            query_list_id: Search SMS messages by campaign (list) ID
            query_has_links: Search for SMS messages with links
            sort_sending_status: Sort by sending status
            sort_name: Sort by name
            sort_send_on: Sort by sending date
            sort_modified_on: Sort by modification date
            sort_delivered: Sort by number of delivered messages
            sort_sent: Sort by number of sent messages
            sort_clicks: Sort by number of link clicks
            fields: List of fields that should be returned.
            per_page: Requested number of results per page
            page: Page number

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms (getSMSList). Reference: https://apireference.getresponse.com/#operation/getSMSList
        """
        from ..models.sms_list_item import SmsListItem

        return await self._request(
            "GET",
            "/sms",
            cast_to=SmsListItem,
            params={
                "query[type]": query_type,
                "query[name]": query_name,
                "query[sendingStatus]": query_sending_status,
                "query[campaignId]": query_list_id,
                "query[hasLinks]": query_has_links,
                "sort[sendingStatus]": sort_sending_status,
                "sort[name]": sort_name,
                "sort[sendOn]": sort_send_on,
                "sort[modifiedOn]": sort_modified_on,
                "sort[delivered]": sort_delivered,
                "sort[sent]": sort_sent,
                "sort[clicks]": sort_clicks,
                "fields": fields,
                "perPage": per_page,
                "page": page,
            },
            operation="getSMSList",
            options=options,
        )

    async def get_statistics(
        self,
        sms_id: str,
        *,
        query_created_on_from: datetime.date | Unset = UNSET,
        query_created_on_to: datetime.date | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SmsStats:
        """Get details for the SMS message statistics.

        Args:
            sms_id: The SMS message ID
            query_created_on_from: Get statistics for a single SMS from this date
            query_created_on_to: Get statistics for a single SMS to this date
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /statistics/sms/{smsId} (getSmsStats). Reference: https://apireference.getresponse.com/#operation/getSmsStats
        """
        from ..models.sms_stats import SmsStats

        return await self._request(
            "GET",
            f"/statistics/sms/{path_value(sms_id)}",
            cast_to=SmsStats,
            params={
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
            },
            operation="getSmsStats",
            options=options,
        )

    async def list_sender_names(
        self,
        *,
        query_status: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SmsSenderName]:
        """Get a list of SMS sender names.

        Args:
            query_status: Search sender names by status
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /sms/sender-names (getSmsSenderNameList). Reference: https://apireference.getresponse.com/#operation/getSmsSenderNameList
        """
        from ..models.sms_sender_name import SmsSenderName

        return await self._request(
            "GET",
            "/sms/sender-names",
            cast_to=ListOf(SmsSenderName),
            params={"query[status]": query_status, "fields": fields},
            operation="getSmsSenderNameList",
            options=options,
        )

    @overload
    async def send(
        self,
        *,
        name: str,
        content: str,
        recipients_type: BaseSendSmsRecipientsType | str,
        **options: Unpack[RequestOptions],
    ) -> SmsDetails: ...

    @overload
    async def send(
        self,
        *,
        body: BaseSendSms | BaseSendSmsDict,
        **options: Unpack[RequestOptions],
    ) -> SmsDetails: ...

    async def send(
        self,
        *,
        body: BaseSendSms | BaseSendSmsDict | None = None,
        name: str | Unset = UNSET,
        content: str | Unset = UNSET,
        recipients_type: BaseSendSmsRecipientsType | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SmsDetails:
        """Send an SMS message.

        Args:
            name: The SMS message name
            content: The SMS message content
            recipients_type: The recipient type.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /sms (sendSms). Reference: https://apireference.getresponse.com/#operation/sendSms
        """
        from ..models.sms_details import SmsDetails

        return await self._request(
            "POST",
            "/sms",
            cast_to=SmsDetails,
            json=json_body(
                "sms_messages.send",
                body,
                {"name": name, "content": content, "recipients_type": recipients_type},
                SMS_MESSAGES_SEND_WIRE,
                required=("name", "content", "recipients_type"),
            ),
            operation="sendSms",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncSmsMessagesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncSmsMessagesResourceWithRawResponse(self._raw_copy())


class AsyncSmsMessagesResourceWithRawResponse:
    """client.sms_messages.with_raw_response."""

    def __init__(self, resource: AsyncSmsMessagesResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_response(resource.list)
        self.get_statistics = async_raw_response(resource.get_statistics)
        self.list_sender_names = async_raw_response(resource.list_sender_names)
        self.send = async_raw_response(resource.send)


# Keyword argument -> JSON name, per method with a body.
SMS_MESSAGES_SEND_WIRE = {"name": "name", "content": "content", "recipients_type": "recipientsType"}
