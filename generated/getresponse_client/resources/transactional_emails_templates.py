"""Transactional Emails Templates: client.transactional_emails_templates (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.create_transactional_email_template import CreateTransactionalEmailTemplate
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.transactional_emails_template_details import TransactionalEmailsTemplateDetails
    from ..models.transactional_emails_template_list_element import TransactionalEmailsTemplateListElement
    from ..models.update_transactional_emails_template_body import UpdateTransactionalEmailsTemplateBody


class TransactionalEmailsTemplatesRawResource(SyncResource):
    """client.transactional_emails_templates.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: CreateTransactionalEmailTemplate | Unset = UNSET,
    ) -> RawResponse[TransactionalEmailsTemplateDetails]:
        """Create transactional email template. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import create_transactional_email_template as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        transactional_email_template_id: str,
    ) -> RawResponse[None]:
        """Delete transactional email template. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import delete_transactional_emails_template as op

        return self._call(
            op._get_kwargs(
                transactional_email_template_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        transactional_email_template_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[TransactionalEmailsTemplateDetails]:
        """Get a single template by ID. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import get_transactional_emails_templates_by_id as op

        return self._call(
            op._get_kwargs(
                transactional_email_template_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[TransactionalEmailsTemplateListElement]]:
        """Get the list of transactional email templates. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import get_transactional_emails_templates_list as op

        return self._call(
            op._get_kwargs(
                querysubject=query_subject,
                sortcreated_on=sort_created_on,
                sortsubject=sort_subject,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        transactional_email_template_id: str,
        body: UpdateTransactionalEmailsTemplateBody | Unset = UNSET,
    ) -> RawResponse[TransactionalEmailsTemplateDetails]:
        """Update transactional email template. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import update_transactional_emails_template as op

        return self._call(
            op._get_kwargs(
                transactional_email_template_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class TransactionalEmailsTemplatesResource(SyncResource):
    """Transactional Emails Templates: client.transactional_emails_templates."""

    @cached_property
    def with_raw_response(self) -> TransactionalEmailsTemplatesRawResource:
        return TransactionalEmailsTemplatesRawResource(self._transport)

    def create(
        self,
        body: CreateTransactionalEmailTemplate | Unset = UNSET,
    ) -> TransactionalEmailsTemplateDetails:
        """Create transactional email template.

        POST /transactional-emails/templates (createTransactionalEmailTemplate). Reference: https://apireference.getresponse.com/#operation/createTransactionalEmailTemplate
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        transactional_email_template_id: str,
    ) -> None:
        """Delete transactional email template.

        DELETE /transactional-emails/templates/{transactionalEmailTemplateId} (deleteTransactionalEmailsTemplate). Reference: https://apireference.getresponse.com/#operation/deleteTransactionalEmailsTemplate
        """
        return (
            self.with_raw_response.delete(
                transactional_email_template_id,
            )
        ).parsed

    def get(
        self,
        transactional_email_template_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> TransactionalEmailsTemplateDetails:
        """Get a single template by ID.

        GET /transactional-emails/templates/{transactionalEmailTemplateId} (getTransactionalEmailsTemplatesById). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesById
        """
        return (
            self.with_raw_response.get(
                transactional_email_template_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[TransactionalEmailsTemplateListElement]:
        """Get the list of transactional email templates.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /transactional-emails/templates (getTransactionalEmailsTemplatesList). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesList
        """
        from ..api.transactional_emails_templates import get_transactional_emails_templates_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                querysubject=query_subject,
                sortcreated_on=sort_created_on,
                sortsubject=sort_subject,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        transactional_email_template_id: str,
        body: UpdateTransactionalEmailsTemplateBody | Unset = UNSET,
    ) -> TransactionalEmailsTemplateDetails:
        """Update transactional email template.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /transactional-emails/templates/{transactionalEmailTemplateId} (updateTransactionalEmailsTemplate). Reference: https://apireference.getresponse.com/#operation/updateTransactionalEmailsTemplate
        """
        return (
            self.with_raw_response.update(
                transactional_email_template_id,
                body,
            )
        ).parsed


class AsyncTransactionalEmailsTemplatesRawResource(AsyncResource):
    """client.transactional_emails_templates.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: CreateTransactionalEmailTemplate | Unset = UNSET,
    ) -> RawResponse[TransactionalEmailsTemplateDetails]:
        """Create transactional email template. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import create_transactional_email_template as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        transactional_email_template_id: str,
    ) -> RawResponse[None]:
        """Delete transactional email template. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import delete_transactional_emails_template as op

        return await self._call(
            op._get_kwargs(
                transactional_email_template_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        transactional_email_template_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[TransactionalEmailsTemplateDetails]:
        """Get a single template by ID. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import get_transactional_emails_templates_by_id as op

        return await self._call(
            op._get_kwargs(
                transactional_email_template_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[TransactionalEmailsTemplateListElement]]:
        """Get the list of transactional email templates. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import get_transactional_emails_templates_list as op

        return await self._call(
            op._get_kwargs(
                querysubject=query_subject,
                sortcreated_on=sort_created_on,
                sortsubject=sort_subject,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        transactional_email_template_id: str,
        body: UpdateTransactionalEmailsTemplateBody | Unset = UNSET,
    ) -> RawResponse[TransactionalEmailsTemplateDetails]:
        """Update transactional email template. Returns the raw response with the parsed body."""
        from ..api.transactional_emails_templates import update_transactional_emails_template as op

        return await self._call(
            op._get_kwargs(
                transactional_email_template_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncTransactionalEmailsTemplatesResource(AsyncResource):
    """Transactional Emails Templates: client.transactional_emails_templates."""

    @cached_property
    def with_raw_response(self) -> AsyncTransactionalEmailsTemplatesRawResource:
        return AsyncTransactionalEmailsTemplatesRawResource(self._transport)

    async def create(
        self,
        body: CreateTransactionalEmailTemplate | Unset = UNSET,
    ) -> TransactionalEmailsTemplateDetails:
        """Create transactional email template.

        POST /transactional-emails/templates (createTransactionalEmailTemplate). Reference: https://apireference.getresponse.com/#operation/createTransactionalEmailTemplate
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        transactional_email_template_id: str,
    ) -> None:
        """Delete transactional email template.

        DELETE /transactional-emails/templates/{transactionalEmailTemplateId} (deleteTransactionalEmailsTemplate). Reference: https://apireference.getresponse.com/#operation/deleteTransactionalEmailsTemplate
        """
        return (
            await self.with_raw_response.delete(
                transactional_email_template_id,
            )
        ).parsed

    async def get(
        self,
        transactional_email_template_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> TransactionalEmailsTemplateDetails:
        """Get a single template by ID.

        GET /transactional-emails/templates/{transactionalEmailTemplateId} (getTransactionalEmailsTemplatesById). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesById
        """
        return (
            await self.with_raw_response.get(
                transactional_email_template_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[TransactionalEmailsTemplateListElement]:
        """Get the list of transactional email templates.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /transactional-emails/templates (getTransactionalEmailsTemplatesList). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesList
        """
        from ..api.transactional_emails_templates import get_transactional_emails_templates_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                querysubject=query_subject,
                sortcreated_on=sort_created_on,
                sortsubject=sort_subject,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        transactional_email_template_id: str,
        body: UpdateTransactionalEmailsTemplateBody | Unset = UNSET,
    ) -> TransactionalEmailsTemplateDetails:
        """Update transactional email template.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /transactional-emails/templates/{transactionalEmailTemplateId} (updateTransactionalEmailsTemplate). Reference: https://apireference.getresponse.com/#operation/updateTransactionalEmailsTemplate
        """
        return (
            await self.with_raw_response.update(
                transactional_email_template_id,
                body,
            )
        ).parsed
