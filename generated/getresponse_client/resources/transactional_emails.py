"""Transactional Emails: client.transactional_emails (generated; do not edit)."""

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
    from ..models.create_transactional_email import CreateTransactionalEmail
    from ..models.get_transactional_emails_statistics_querygroup_by import GetTransactionalEmailsStatisticsQuerygroupBy
    from ..models.string_boolean_enum import StringBooleanEnum
    from ..models.transactional_email import TransactionalEmail
    from ..models.transactional_email_details import TransactionalEmailDetails
    from ..models.transactional_email_list_element import TransactionalEmailListElement
    from ..models.transactional_email_statistics import TransactionalEmailStatistics


class TransactionalEmailsRawResource(SyncResource):
    """client.transactional_emails.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: CreateTransactionalEmail | Unset = UNSET,
    ) -> RawResponse[TransactionalEmail]:
        """Send transactional email. Returns the raw response with the parsed body."""
        from ..api.transactional_emails import create_transactional_email as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def get(
        self,
        transactional_email_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[TransactionalEmailDetails]:
        """Get transactional email details by transactional email ID. Returns the raw response with the parsed body."""
        from ..api.transactional_emails import get_transactional_emails_by_id as op

        return self._call(
            op._get_kwargs(
                transactional_email_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
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
    ) -> RawResponse[builtins.list[TransactionalEmailListElement]]:
        """Get the list of transactional emails. Returns the raw response with the parsed body."""
        from ..api.transactional_emails import get_transactional_emails_list as op

        return self._call(
            op._get_kwargs(
                querysent_onfrom=query_sent_on_from,
                querysent_onto=query_sent_on_to,
                querytagged=query_tagged,
                querytag_id=query_tag_id,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_emails_statistics(
        self,
        *,
        query_group_by: GetTransactionalEmailsStatisticsQuerygroupBy,
        query_time_frame_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_time_frame_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[TransactionalEmailStatistics]]:
        """Get the overall statistics of transactional emails. Returns the raw response with the parsed body."""
        from ..api.transactional_emails import get_transactional_emails_statistics as op

        return self._call(
            op._get_kwargs(
                querygroup_by=query_group_by,
                querytime_framefrom=query_time_frame_from,
                querytime_frameto=query_time_frame_to,
                querytagged=query_tagged,
                querytag_id=query_tag_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class TransactionalEmailsResource(SyncResource):
    """Transactional Emails: client.transactional_emails."""

    @cached_property
    def with_raw_response(self) -> TransactionalEmailsRawResource:
        return TransactionalEmailsRawResource(self._transport)

    def create(
        self,
        body: CreateTransactionalEmail | Unset = UNSET,
    ) -> TransactionalEmail:
        """Send transactional email.

        POST /transactional-emails (createTransactionalEmail). Reference: https://apireference.getresponse.com/#operation/createTransactionalEmail
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def get(
        self,
        transactional_email_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> TransactionalEmailDetails:
        """Get transactional email details by transactional email ID.

        GET /transactional-emails/{transactionalEmailId} (getTransactionalEmailsById). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsById
        """
        return (
            self.with_raw_response.get(
                transactional_email_id,
                fields=fields,
            )
        ).parsed

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
    ) -> Page[TransactionalEmailListElement]:
        """Get the list of transactional emails.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /transactional-emails (getTransactionalEmailsList). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsList
        """
        from ..api.transactional_emails import get_transactional_emails_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querysent_onfrom=query_sent_on_from,
                querysent_onto=query_sent_on_to,
                querytagged=query_tagged,
                querytag_id=query_tag_id,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def get_emails_statistics(
        self,
        *,
        query_group_by: GetTransactionalEmailsStatisticsQuerygroupBy,
        query_time_frame_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_time_frame_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> builtins.list[TransactionalEmailStatistics]:
        """Get the overall statistics of transactional emails.

        GET /transactional-emails/statistics (getTransactionalEmailsStatistics). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsStatistics
        """
        return (
            self.with_raw_response.get_emails_statistics(
                query_group_by=query_group_by,
                query_time_frame_from=query_time_frame_from,
                query_time_frame_to=query_time_frame_to,
                query_tagged=query_tagged,
                query_tag_id=query_tag_id,
                fields=fields,
            )
        ).parsed


class AsyncTransactionalEmailsRawResource(AsyncResource):
    """client.transactional_emails.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: CreateTransactionalEmail | Unset = UNSET,
    ) -> RawResponse[TransactionalEmail]:
        """Send transactional email. Returns the raw response with the parsed body."""
        from ..api.transactional_emails import create_transactional_email as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get(
        self,
        transactional_email_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[TransactionalEmailDetails]:
        """Get transactional email details by transactional email ID. Returns the raw response with the parsed body."""
        from ..api.transactional_emails import get_transactional_emails_by_id as op

        return await self._call(
            op._get_kwargs(
                transactional_email_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_sent_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_sent_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[TransactionalEmailListElement]]:
        """Get the list of transactional emails. Returns the raw response with the parsed body."""
        from ..api.transactional_emails import get_transactional_emails_list as op

        return await self._call(
            op._get_kwargs(
                querysent_onfrom=query_sent_on_from,
                querysent_onto=query_sent_on_to,
                querytagged=query_tagged,
                querytag_id=query_tag_id,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_emails_statistics(
        self,
        *,
        query_group_by: GetTransactionalEmailsStatisticsQuerygroupBy,
        query_time_frame_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_time_frame_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[TransactionalEmailStatistics]]:
        """Get the overall statistics of transactional emails. Returns the raw response with the parsed body."""
        from ..api.transactional_emails import get_transactional_emails_statistics as op

        return await self._call(
            op._get_kwargs(
                querygroup_by=query_group_by,
                querytime_framefrom=query_time_frame_from,
                querytime_frameto=query_time_frame_to,
                querytagged=query_tagged,
                querytag_id=query_tag_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncTransactionalEmailsResource(AsyncResource):
    """Transactional Emails: client.transactional_emails."""

    @cached_property
    def with_raw_response(self) -> AsyncTransactionalEmailsRawResource:
        return AsyncTransactionalEmailsRawResource(self._transport)

    async def create(
        self,
        body: CreateTransactionalEmail | Unset = UNSET,
    ) -> TransactionalEmail:
        """Send transactional email.

        POST /transactional-emails (createTransactionalEmail). Reference: https://apireference.getresponse.com/#operation/createTransactionalEmail
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def get(
        self,
        transactional_email_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> TransactionalEmailDetails:
        """Get transactional email details by transactional email ID.

        GET /transactional-emails/{transactionalEmailId} (getTransactionalEmailsById). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsById
        """
        return (
            await self.with_raw_response.get(
                transactional_email_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_sent_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_sent_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[TransactionalEmailListElement]:
        """Get the list of transactional emails.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /transactional-emails (getTransactionalEmailsList). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsList
        """
        from ..api.transactional_emails import get_transactional_emails_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querysent_onfrom=query_sent_on_from,
                querysent_onto=query_sent_on_to,
                querytagged=query_tagged,
                querytag_id=query_tag_id,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def get_emails_statistics(
        self,
        *,
        query_group_by: GetTransactionalEmailsStatisticsQuerygroupBy,
        query_time_frame_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_time_frame_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_tagged: StringBooleanEnum | Unset = UNSET,
        query_tag_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> builtins.list[TransactionalEmailStatistics]:
        """Get the overall statistics of transactional emails.

        GET /transactional-emails/statistics (getTransactionalEmailsStatistics). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsStatistics
        """
        return (
            await self.with_raw_response.get_emails_statistics(
                query_group_by=query_group_by,
                query_time_frame_from=query_time_frame_from,
                query_time_frame_to=query_time_frame_to,
                query_tagged=query_tagged,
                query_tag_id=query_tag_id,
                fields=fields,
            )
        ).parsed
