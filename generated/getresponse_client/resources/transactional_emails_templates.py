"""Transactional Emails Templates: client.transactional_emails_templates (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_pager,
    async_raw_response,
    json_body,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.create_transactional_email_template import (
        CreateTransactionalEmailTemplate,
        CreateTransactionalEmailTemplateDict,
    )
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.transactional_email_template_content import (
        TransactionalEmailTemplateContent,
        TransactionalEmailTemplateContentDict,
    )
    from ..models.transactional_emails_template_details import TransactionalEmailsTemplateDetails
    from ..models.transactional_emails_template_list_element import TransactionalEmailsTemplateListElement
    from ..models.update_transactional_emails_template_body import (
        UpdateTransactionalEmailsTemplateBody,
        UpdateTransactionalEmailsTemplateBodyDict,
    )


class TransactionalEmailsTemplatesResource(SyncResource):
    """Transactional Emails Templates: client.transactional_emails_templates."""

    @overload
    def create(
        self,
        *,
        subject: str,
        content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails: ...

    @overload
    def create(
        self,
        *,
        body: CreateTransactionalEmailTemplate | CreateTransactionalEmailTemplateDict,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails: ...

    def create(
        self,
        *,
        body: CreateTransactionalEmailTemplate | CreateTransactionalEmailTemplateDict | None = None,
        subject: str | Unset = UNSET,
        content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails:
        """Create transactional email template.

        Args:
            subject: The template subject
            content: The template content.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /transactional-emails/templates (createTransactionalEmailTemplate). Reference: https://apireference.getresponse.com/#operation/createTransactionalEmailTemplate
        """
        from ..models.transactional_emails_template_details import TransactionalEmailsTemplateDetails

        return self._request(
            "POST",
            "/transactional-emails/templates",
            cast_to=TransactionalEmailsTemplateDetails,
            json=json_body(
                "transactional_emails_templates.create",
                body,
                {"subject": subject, "content": content},
                TRANSACTIONAL_EMAILS_TEMPLATES_CREATE_WIRE,
                required=("subject",),
            ),
            operation="createTransactionalEmailTemplate",
            options=options,
        )

    def delete(
        self,
        transactional_email_template_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete transactional email template.

        Args:
            transactional_email_template_id: Transactional emails template identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /transactional-emails/templates/{transactionalEmailTemplateId} (deleteTransactionalEmailsTemplate). Reference: https://apireference.getresponse.com/#operation/deleteTransactionalEmailsTemplate
        """

        return self._request(
            "DELETE",
            f"/transactional-emails/templates/{path_value(transactional_email_template_id)}",
            cast_to=None,
            operation="deleteTransactionalEmailsTemplate",
            options=options,
        )

    def get(
        self,
        transactional_email_template_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails:
        """Get a single template by ID.

        Args:
            transactional_email_template_id: Transactional emails template identifier
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails/templates/{transactionalEmailTemplateId} (getTransactionalEmailsTemplatesById). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesById
        """
        from ..models.transactional_emails_template_details import TransactionalEmailsTemplateDetails

        return self._request(
            "GET",
            f"/transactional-emails/templates/{path_value(transactional_email_template_id)}",
            cast_to=TransactionalEmailsTemplateDetails,
            params={"fields": fields},
            operation="getTransactionalEmailsTemplatesById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[TransactionalEmailsTemplateListElement]:
        """Get the list of transactional email templates.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_subject: Search templates by subject
            sort_created_on: Sort by creation date
            sort_subject: Sort by template subject
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails/templates (getTransactionalEmailsTemplatesList). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesList
        """
        from ..models.transactional_emails_template_list_element import TransactionalEmailsTemplateListElement

        return self._page(
            "/transactional-emails/templates",
            item=TransactionalEmailsTemplateListElement,
            params={
                "query[subject]": query_subject,
                "sort[createdOn]": sort_created_on,
                "sort[subject]": sort_subject,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getTransactionalEmailsTemplatesList",
            options=options,
        )

    @overload
    def update(
        self,
        transactional_email_template_id: str,
        *,
        subject: str | Unset = UNSET,
        content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails: ...

    @overload
    def update(
        self,
        transactional_email_template_id: str,
        *,
        body: UpdateTransactionalEmailsTemplateBody | UpdateTransactionalEmailsTemplateBodyDict,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails: ...

    def update(
        self,
        transactional_email_template_id: str,
        *,
        body: UpdateTransactionalEmailsTemplateBody | UpdateTransactionalEmailsTemplateBodyDict | None = None,
        subject: str | Unset = UNSET,
        content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails:
        """Update transactional email template.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            transactional_email_template_id: Transactional emails template identifier
            subject: The template subject
            content: The template content.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /transactional-emails/templates/{transactionalEmailTemplateId} (updateTransactionalEmailsTemplate). Reference: https://apireference.getresponse.com/#operation/updateTransactionalEmailsTemplate
        """
        from ..models.transactional_emails_template_details import TransactionalEmailsTemplateDetails

        return self._request(
            "POST",
            f"/transactional-emails/templates/{path_value(transactional_email_template_id)}",
            cast_to=TransactionalEmailsTemplateDetails,
            json=json_body(
                "transactional_emails_templates.update",
                body,
                {"subject": subject, "content": content},
                TRANSACTIONAL_EMAILS_TEMPLATES_UPDATE_WIRE,
            ),
            operation="updateTransactionalEmailsTemplate",
            options=options,
        )

    @property
    def with_raw_response(self) -> TransactionalEmailsTemplatesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return TransactionalEmailsTemplatesResourceWithRawResponse(self._raw_copy())


class TransactionalEmailsTemplatesResourceWithRawResponse:
    """client.transactional_emails_templates.with_raw_response."""

    def __init__(self, resource: TransactionalEmailsTemplatesResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncTransactionalEmailsTemplatesResource(AsyncResource):
    """Transactional Emails Templates: client.transactional_emails_templates."""

    @overload
    async def create(
        self,
        *,
        subject: str,
        content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails: ...

    @overload
    async def create(
        self,
        *,
        body: CreateTransactionalEmailTemplate | CreateTransactionalEmailTemplateDict,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails: ...

    async def create(
        self,
        *,
        body: CreateTransactionalEmailTemplate | CreateTransactionalEmailTemplateDict | None = None,
        subject: str | Unset = UNSET,
        content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails:
        """Create transactional email template.

        Args:
            subject: The template subject
            content: The template content.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /transactional-emails/templates (createTransactionalEmailTemplate). Reference: https://apireference.getresponse.com/#operation/createTransactionalEmailTemplate
        """
        from ..models.transactional_emails_template_details import TransactionalEmailsTemplateDetails

        return await self._request(
            "POST",
            "/transactional-emails/templates",
            cast_to=TransactionalEmailsTemplateDetails,
            json=json_body(
                "transactional_emails_templates.create",
                body,
                {"subject": subject, "content": content},
                TRANSACTIONAL_EMAILS_TEMPLATES_CREATE_WIRE,
                required=("subject",),
            ),
            operation="createTransactionalEmailTemplate",
            options=options,
        )

    async def delete(
        self,
        transactional_email_template_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete transactional email template.

        Args:
            transactional_email_template_id: Transactional emails template identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /transactional-emails/templates/{transactionalEmailTemplateId} (deleteTransactionalEmailsTemplate). Reference: https://apireference.getresponse.com/#operation/deleteTransactionalEmailsTemplate
        """

        return await self._request(
            "DELETE",
            f"/transactional-emails/templates/{path_value(transactional_email_template_id)}",
            cast_to=None,
            operation="deleteTransactionalEmailsTemplate",
            options=options,
        )

    async def get(
        self,
        transactional_email_template_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails:
        """Get a single template by ID.

        Args:
            transactional_email_template_id: Transactional emails template identifier
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails/templates/{transactionalEmailTemplateId} (getTransactionalEmailsTemplatesById). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesById
        """
        from ..models.transactional_emails_template_details import TransactionalEmailsTemplateDetails

        return await self._request(
            "GET",
            f"/transactional-emails/templates/{path_value(transactional_email_template_id)}",
            cast_to=TransactionalEmailsTemplateDetails,
            params={"fields": fields},
            operation="getTransactionalEmailsTemplatesById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[TransactionalEmailsTemplateListElement]:
        """Get the list of transactional email templates.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_subject: Search templates by subject
            sort_created_on: Sort by creation date
            sort_subject: Sort by template subject
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /transactional-emails/templates (getTransactionalEmailsTemplatesList). Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesList
        """
        from ..models.transactional_emails_template_list_element import TransactionalEmailsTemplateListElement

        return self._page(
            "/transactional-emails/templates",
            item=TransactionalEmailsTemplateListElement,
            params={
                "query[subject]": query_subject,
                "sort[createdOn]": sort_created_on,
                "sort[subject]": sort_subject,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getTransactionalEmailsTemplatesList",
            options=options,
        )

    @overload
    async def update(
        self,
        transactional_email_template_id: str,
        *,
        subject: str | Unset = UNSET,
        content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails: ...

    @overload
    async def update(
        self,
        transactional_email_template_id: str,
        *,
        body: UpdateTransactionalEmailsTemplateBody | UpdateTransactionalEmailsTemplateBodyDict,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails: ...

    async def update(
        self,
        transactional_email_template_id: str,
        *,
        body: UpdateTransactionalEmailsTemplateBody | UpdateTransactionalEmailsTemplateBodyDict | None = None,
        subject: str | Unset = UNSET,
        content: TransactionalEmailTemplateContent | TransactionalEmailTemplateContentDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TransactionalEmailsTemplateDetails:
        """Update transactional email template.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            transactional_email_template_id: Transactional emails template identifier
            subject: The template subject
            content: The template content.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /transactional-emails/templates/{transactionalEmailTemplateId} (updateTransactionalEmailsTemplate). Reference: https://apireference.getresponse.com/#operation/updateTransactionalEmailsTemplate
        """
        from ..models.transactional_emails_template_details import TransactionalEmailsTemplateDetails

        return await self._request(
            "POST",
            f"/transactional-emails/templates/{path_value(transactional_email_template_id)}",
            cast_to=TransactionalEmailsTemplateDetails,
            json=json_body(
                "transactional_emails_templates.update",
                body,
                {"subject": subject, "content": content},
                TRANSACTIONAL_EMAILS_TEMPLATES_UPDATE_WIRE,
            ),
            operation="updateTransactionalEmailsTemplate",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncTransactionalEmailsTemplatesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncTransactionalEmailsTemplatesResourceWithRawResponse(self._raw_copy())


class AsyncTransactionalEmailsTemplatesResourceWithRawResponse:
    """client.transactional_emails_templates.with_raw_response."""

    def __init__(self, resource: AsyncTransactionalEmailsTemplatesResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
TRANSACTIONAL_EMAILS_TEMPLATES_CREATE_WIRE = {"subject": "subject", "content": "content"}
TRANSACTIONAL_EMAILS_TEMPLATES_UPDATE_WIRE = {"subject": "subject", "content": "content"}
