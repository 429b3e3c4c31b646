"""Transactional Emails: client.transactional_emails (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

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

    from ..models.create_transactional_email import CreateTransactionalEmail, CreateTransactionalEmailDict
    from ..models.create_transactional_email_content_type import CreateTransactionalEmailContentType
    from ..models.from_field_reference import FromFieldReference, FromFieldReferenceDict
    from ..models.get_transactional_emails_statistics_querygroup_by import GetTransactionalEmailsStatisticsQuerygroupBy
    from ..models.new_transactional_email_tag import NewTransactionalEmailTag, NewTransactionalEmailTagDict
    from ..models.string_boolean_enum import StringBooleanEnum
    from ..models.transactional_email import TransactionalEmail
    from ..models.transactional_email_details import TransactionalEmailDetails
    from ..models.transactional_email_list_element import TransactionalEmailListElement
    from ..models.transactional_email_recipients import TransactionalEmailRecipients, TransactionalEmailRecipientsDict
    from ..models.transactional_email_statistics import TransactionalEmailStatistics


class TransactionalEmailsResource(SyncResource):
    """Transactional Emails: client.transactional_emails."""

    @overload
    def create(
        self,
        *,
        from_field: FromFieldReference | FromFieldReferenceDict,
        recipients: TransactionalEmailRecipients | TransactionalEmailRecipientsDict,
        content_type: CreateTransactionalEmailContentType | str,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        tag: NewTransactionalEmailTag | NewTransactionalEmailTagDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmail: ...

    @overload
    def create(
        self,
        *,
        body: CreateTransactionalEmail | CreateTransactionalEmailDict,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmail: ...

    def create(
        self,
        *,
        body: CreateTransactionalEmail | CreateTransactionalEmailDict | None = None,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        recipients: TransactionalEmailRecipients | TransactionalEmailRecipientsDict | Unset = UNSET,
        content_type: CreateTransactionalEmailContentType | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        tag: NewTransactionalEmailTag | NewTransactionalEmailTagDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmail:
        """Send transactional email.

        Args:
            content_type: The message content type

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /transactional-emails (createTransactionalEmail). Reference: https://apireference.getresponse.com/#operation/createTransactionalEmail
        """
        from ..models.transactional_email import TransactionalEmail

        return self._request(
            "POST",
            "/transactional-emails",
            cast_to=TransactionalEmail,
            json=json_body(
                "transactional_emails.create",
                body,
                {
                    "from_field": from_field,
                    "recipients": recipients,
                    "content_type": content_type,
                    "reply_to": reply_to,
                    "tag": tag,
                },
                TRANSACTIONAL_EMAILS_CREATE_WIRE,
                required=("from_field", "recipients", "content_type"),
            ),
            operation="createTransactionalEmail",
            options=options,
        )

    def get(
        self,
        transactional_email_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailDetails:
        """Get transactional email details by transactional email ID.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails/{transactionalEmailId} (getTransactionalEmailsById). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsById
        """
        from ..models.transactional_email_details import TransactionalEmailDetails

        return self._request(
            "GET",
            f"/transactional-emails/{path_value(transactional_email_id)}",
            cast_to=TransactionalEmailDetails,
            params={"fields": fields},
            operation="getTransactionalEmailsById",
            options=options,
        )

    def list(
        self,
        *,
        query_sent_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_sent_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[TransactionalEmailListElement]:
        """Get the list of transactional emails.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_sent_on_from: Search transactional emails sent from this date
            query_sent_on_to: Search transactional emails sent to this date
            query_tagged: Search tagged/untagged transactional emails
            query_tag_id: Search transactional emails with a specific tag ID
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails (getTransactionalEmailsList). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsList
        """
        from ..models.transactional_email_list_element import TransactionalEmailListElement

        return self._page(
            "/transactional-emails",
            item=TransactionalEmailListElement,
            params={
                "query[sentOn][from]": query_sent_on_from,
                "query[sentOn][to]": query_sent_on_to,
                "query[tagged]": query_tagged,
                "query[tagId]": query_tag_id,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getTransactionalEmailsList",
            options=options,
        )

    def get_statistics(
        self,
        *,
        query_group_by: GetTransactionalEmailsStatisticsQuerygroupBy,
        query_time_frame_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_time_frame_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[TransactionalEmailStatistics]:
        """Get the overall statistics of transactional emails.

        Args:
            query_group_by: Group results by time interval
            query_time_frame_from: Count data from this date
            query_time_frame_to: Count data to this date
            query_tagged: Search tagged/untagged transactional emails
            query_tag_id: Search transactional emails with a specific tag ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails/statistics (getTransactionalEmailsStatistics). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsStatistics
        """
        from ..models.transactional_email_statistics import TransactionalEmailStatistics

        return self._request(
            "GET",
            "/transactional-emails/statistics",
            cast_to=ListOf(TransactionalEmailStatistics),
            params={
                "query[groupBy]": query_group_by,
                "query[timeFrame][from]": query_time_frame_from,
                "query[timeFrame][to]": query_time_frame_to,
                "query[tagged]": query_tagged,
                "query[tagId]": query_tag_id,
                "fields": fields,
            },
            operation="getTransactionalEmailsStatistics",
            options=options,
        )

    @property
    def with_raw_response(self) -> TransactionalEmailsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return TransactionalEmailsResourceWithRawResponse(self._raw_copy())


class TransactionalEmailsResourceWithRawResponse:
    """client.transactional_emails.with_raw_response."""

    def __init__(self, resource: TransactionalEmailsResource) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.get_statistics = raw_response(resource.get_statistics)


class AsyncTransactionalEmailsResource(AsyncResource):
    """Transactional Emails: client.transactional_emails."""

    @overload
    async def create(
        self,
        *,
        from_field: FromFieldReference | FromFieldReferenceDict,
        recipients: TransactionalEmailRecipients | TransactionalEmailRecipientsDict,
        content_type: CreateTransactionalEmailContentType | str,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        tag: NewTransactionalEmailTag | NewTransactionalEmailTagDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmail: ...

    @overload
    async def create(
        self,
        *,
        body: CreateTransactionalEmail | CreateTransactionalEmailDict,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmail: ...

    async def create(
        self,
        *,
        body: CreateTransactionalEmail | CreateTransactionalEmailDict | None = None,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        recipients: TransactionalEmailRecipients | TransactionalEmailRecipientsDict | Unset = UNSET,
        content_type: CreateTransactionalEmailContentType | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        tag: NewTransactionalEmailTag | NewTransactionalEmailTagDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmail:
        """Send transactional email.

        Args:
            content_type: The message content type

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /transactional-emails (createTransactionalEmail). Reference: https://apireference.getresponse.com/#operation/createTransactionalEmail
        """
        from ..models.transactional_email import TransactionalEmail

        return await self._request(
            "POST",
            "/transactional-emails",
            cast_to=TransactionalEmail,
            json=json_body(
                "transactional_emails.create",
                body,
                {
                    "from_field": from_field,
                    "recipients": recipients,
                    "content_type": content_type,
                    "reply_to": reply_to,
                    "tag": tag,
                },
                TRANSACTIONAL_EMAILS_CREATE_WIRE,
                required=("from_field", "recipients", "content_type"),
            ),
            operation="createTransactionalEmail",
            options=options,
        )

    async def get(
        self,
        transactional_email_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailDetails:
        """Get transactional email details by transactional email ID.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails/{transactionalEmailId} (getTransactionalEmailsById). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsById
        """
        from ..models.transactional_email_details import TransactionalEmailDetails

        return await self._request(
            "GET",
            f"/transactional-emails/{path_value(transactional_email_id)}",
            cast_to=TransactionalEmailDetails,
            params={"fields": fields},
            operation="getTransactionalEmailsById",
            options=options,
        )

    def list(
        self,
        *,
        query_sent_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_sent_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[TransactionalEmailListElement]:
        """Get the list of transactional emails.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_sent_on_from: Search transactional emails sent from this date
            query_sent_on_to: Search transactional emails sent to this date
            query_tagged: Search tagged/untagged transactional emails
            query_tag_id: Search transactional emails with a specific tag ID
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails (getTransactionalEmailsList). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsList
        """
        from ..models.transactional_email_list_element import TransactionalEmailListElement

        return self._page(
            "/transactional-emails",
            item=TransactionalEmailListElement,
            params={
                "query[sentOn][from]": query_sent_on_from,
                "query[sentOn][to]": query_sent_on_to,
                "query[tagged]": query_tagged,
                "query[tagId]": query_tag_id,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getTransactionalEmailsList",
            options=options,
        )

    async def get_statistics(
        self,
        *,
        query_group_by: GetTransactionalEmailsStatisticsQuerygroupBy,
        query_time_frame_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_time_frame_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[TransactionalEmailStatistics]:
        """Get the overall statistics of transactional emails.

        Args:
            query_group_by: Group results by time interval
            query_time_frame_from: Count data from this date
            query_time_frame_to: Count data to this date
            query_tagged: Search tagged/untagged transactional emails
            query_tag_id: Search transactional emails with a specific tag ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails/statistics (getTransactionalEmailsStatistics). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsStatistics
        """
        from ..models.transactional_email_statistics import TransactionalEmailStatistics

        return await self._request(
            "GET",
            "/transactional-emails/statistics",
            cast_to=ListOf(TransactionalEmailStatistics),
            params={
                "query[groupBy]": query_group_by,
                "query[timeFrame][from]": query_time_frame_from,
                "query[timeFrame][to]": query_time_frame_to,
                "query[tagged]": query_tagged,
                "query[tagId]": query_tag_id,
                "fields": fields,
            },
            operation="getTransactionalEmailsStatistics",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncTransactionalEmailsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncTransactionalEmailsResourceWithRawResponse(self._raw_copy())


class AsyncTransactionalEmailsResourceWithRawResponse:
    """client.transactional_emails.with_raw_response."""

    def __init__(self, resource: AsyncTransactionalEmailsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.get_statistics = async_raw_response(resource.get_statistics)


# Keyword argument -> JSON name, per method with a body.
TRANSACTIONAL_EMAILS_CREATE_WIRE = {
    "from_field": "fromField",
    "recipients": "recipients",
    "content_type": "contentType",
    "reply_to": "replyTo",
    "tag": "tag",
}
