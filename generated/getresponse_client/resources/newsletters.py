"""Newsletters: client.newsletters (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from getresponse_runtime.pagination import ConsistentOrder
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
from getresponse_runtime.types import File as BinaryFile  # a model of the API is called File

from ..models.get_newsletter_thumbnail_size import GetNewsletterThumbnailSize

if TYPE_CHECKING:
    import datetime
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.from_field_reference import FromFieldReference, FromFieldReferenceDict
    from ..models.get_newsletter_activities_queryactivity import GetNewsletterActivitiesQueryactivity
    from ..models.get_newsletter_list_querystatus import GetNewsletterListQuerystatus
    from ..models.get_newsletter_list_querytype import GetNewsletterListQuerytype
    from ..models.get_newsletter_statistics_collection_querygroup_by import (
        GetNewsletterStatisticsCollectionQuerygroupBy,
    )
    from ..models.get_newsletter_thumbnail_size import GetNewsletterThumbnailSize
    from ..models.get_single_newsletter_statistics_querygroup_by import GetSingleNewsletterStatisticsQuerygroupBy
    from ..models.list_reference import ListReference, ListReferenceDict
    from ..models.message_content import MessageContent, MessageContentDict
    from ..models.message_flags_array_item import MessageFlagsArrayItem
    from ..models.message_statistics_list_element import MessageStatisticsListElement
    from ..models.new_newsletter import NewNewsletter, NewNewsletterDict
    from ..models.new_newsletter_type import NewNewsletterType
    from ..models.newsletter_activity import NewsletterActivity
    from ..models.newsletter_attachment import NewsletterAttachment, NewsletterAttachmentDict
    from ..models.newsletter_details import NewsletterDetails
    from ..models.newsletter_list_element import NewsletterListElement
    from ..models.newsletter_send_settings_details import (
        NewsletterSendSettingsDetails,
        NewsletterSendSettingsDetailsDict,
    )
    from ..models.send_newsletter_draft import SendNewsletterDraft, SendNewsletterDraftDict
    from ..models.sort_order_enum import SortOrderEnum


class NewslettersResource(SyncResource):
    """Newsletters: client.newsletters."""

    @overload
    def create(
        self,
        *,
        content: MessageContent | MessageContentDict,
        subject: str,
        from_field: FromFieldReference | FromFieldReferenceDict,
        campaign: ListReference | ListReferenceDict,
        send_settings: NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        name: str | Unset = UNSET,
        type_: NewNewsletterType | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        attachments: builtins.list[NewsletterAttachment | NewsletterAttachmentDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails: ...

    @overload
    def create(
        self,
        *,
        body: NewNewsletter | NewNewsletterDict,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails: ...

    def create(
        self,
        *,
        body: NewNewsletter | NewNewsletterDict | None = None,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        subject: str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        campaign: ListReference | ListReferenceDict | Unset = UNSET,
        send_settings: NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        name: str | Unset = UNSET,
        type_: NewNewsletterType | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        attachments: builtins.list[NewsletterAttachment | NewsletterAttachmentDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails:
        """Create newsletter.

        Args:
            content: The message content.
            subject: The message subject
            campaign: A reference to a list (campaign in the API).
            flags: The message flags.
            name: The newsletter name
            type_: The newsletter type
            attachments: The newsletter attachments.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /newsletters (createNewsletter). Reference: https://apireference.getresponse.com/#operation/createNewsletter
        """
        from ..models.newsletter_details import NewsletterDetails

        return self._request(
            "POST",
            "/newsletters",
            cast_to=NewsletterDetails,
            json=json_body(
                "newsletters.create",
                body,
                {
                    "content": content,
                    "subject": subject,
                    "from_field": from_field,
                    "campaign": campaign,
                    "send_settings": send_settings,
                    "flags": flags,
                    "name": name,
                    "type_": type_,
                    "reply_to": reply_to,
                    "attachments": attachments,
                },
                NEWSLETTERS_CREATE_WIRE,
                required=("content", "subject", "from_field", "campaign", "send_settings"),
            ),
            operation="createNewsletter",
            options=options,
        )

    def delete(
        self,
        newsletter_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete newsletter.

        Args:
            newsletter_id: The newsletter ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /newsletters/{newsletterId} (deleteNewsletter). Reference: https://apireference.getresponse.com/#operation/deleteNewsletter
        """

        return self._request(
            "DELETE",
            f"/newsletters/{path_value(newsletter_id)}",
            cast_to=None,
            operation="deleteNewsletter",
            options=options,
        )

    def get(
        self,
        newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails:
        """Get a single newsletter by its ID.

        Args:
            newsletter_id: The newsletter ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/{newsletterId} (getNewsletter). Reference: https://apireference.getresponse.com/#operation/getNewsletter
        """
        from ..models.newsletter_details import NewsletterDetails

        return self._request(
            "GET",
            f"/newsletters/{path_value(newsletter_id)}",
            cast_to=NewsletterDetails,
            params={"fields": fields},
            operation="getNewsletter",
            options=options,
        )

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetNewsletterListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_send_on_from: datetime.date | Unset = UNSET,
        query_send_on_to: datetime.date | Unset = UNSET,
        query_type: GetNewsletterListQuerytype | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[NewsletterListElement]:
        """Get the newsletter list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_subject: Search newsletters by subject
            query_name: Search newsletters by name
            query_status: Search newsletters by status
            query_created_on_from: Search newsletters created from this date
            query_created_on_to: Search newsletters created to this date
            query_send_on_from: Search for newsletters sent from this date
            query_send_on_to: Search for newsletters sent to this date
            query_type: Search newsletters by type
            query_list_id: Search newsletters by campaign ID
            sort_created_on: Sort by date
            sort_send_on: Sort by send on date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters (getNewsletterList). Reference: https://apireference.getresponse.com/#operation/getNewsletterList
        """
        from ..models.newsletter_list_element import NewsletterListElement

        return self._page(
            "/newsletters",
            item=NewsletterListElement,
            params={
                "query[subject]": query_subject,
                "query[name]": query_name,
                "query[status]": query_status,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[sendOn][from]": query_send_on_from,
                "query[sendOn][to]": query_send_on_to,
                "query[type]": query_type,
                "query[campaignId]": query_list_id,
                "sort[createdOn]": sort_created_on,
                "sort[sendOn]": sort_send_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "newsletterId"),
            operation="getNewsletterList",
            options=options,
        )

    def cancel_sending(
        self,
        newsletter_id: str,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails:
        """Cancel sending the newsletter.

        Args:
            newsletter_id: The newsletter ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /newsletters/{newsletterId}/cancel (cancelMessageSend). Reference: https://apireference.getresponse.com/#operation/cancelMessageSend
        """
        from ..models.newsletter_details import NewsletterDetails

        return self._request(
            "POST",
            f"/newsletters/{path_value(newsletter_id)}/cancel",
            cast_to=NewsletterDetails,
            operation="cancelMessageSend",
            options=options,
        )

    def get_activities(
        self,
        newsletter_id: str,
        *,
        query_activity: GetNewsletterActivitiesQueryactivity | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[NewsletterActivity]:
        """Get newsletter activities.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            newsletter_id: The newsletter ID
            query_activity: Search newsletter activities by activity type
            query_created_on_from: Search newsletter activities from this date.
            query_created_on_to: Search newsletter activities to this date.
            sort_created_on: Sort by date
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/{newsletterId}/activities (getNewsletterActivities). Reference: https://apireference.getresponse.com/#operation/getNewsletterActivities
        """
        from ..models.newsletter_activity import NewsletterActivity

        return self._page(
            f"/newsletters/{path_value(newsletter_id)}/activities",
            item=NewsletterActivity,
            params={
                "query[activity]": query_activity,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "perPage": per_page,
            },
            page=page,
            operation="getNewsletterActivities",
            options=options,
        )

    def get_statistics(
        self,
        newsletter_id: str,
        *,
        query_group_by: GetSingleNewsletterStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[MessageStatisticsListElement]:
        """The statistics of single newsletter.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            newsletter_id: The newsletter ID
            query_group_by: Group results by time interval
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/{newsletterId}/statistics (getSingleNewsletterStatistics). Reference: https://apireference.getresponse.com/#operation/getSingleNewsletterStatistics
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            f"/newsletters/{path_value(newsletter_id)}/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getSingleNewsletterStatistics",
            options=options,
        )

    def get_statistics_collection(
        self,
        *,
        query_group_by: GetNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_newsletter_id: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[MessageStatisticsListElement]:
        """Total newsletter statistics.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_group_by: Group results by time interval
            query_newsletter_id: The list of newsletter resource IDs (string separated with '')
            query_list_id: The list of campaign resource IDs (string separated with '')
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/statistics (getNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getNewsletterStatisticsCollection
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            "/newsletters/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[newsletterId]": query_newsletter_id,
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getNewsletterStatisticsCollection",
            options=options,
        )

    def get_thumbnail(
        self,
        newsletter_id: str,
        *,
        size: GetNewsletterThumbnailSize | Unset = GetNewsletterThumbnailSize.DEFAULT,
        **options: Unpack[RequestOptions],
    ) -> BinaryFile:
        """Get newsletter thumbnail.

        Args:
            newsletter_id: The newsletter ID
            size: The size of the thumbnail

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/{newsletterId}/thumbnail (getNewsletterThumbnail). Reference: https://apireference.getresponse.com/#operation/getNewsletterThumbnail
        """

        return self._request(
            "GET",
            f"/newsletters/{path_value(newsletter_id)}/thumbnail",
            cast_to=BinaryFile,
            params={"size": size},
            operation="getNewsletterThumbnail",
            options=options,
        )

    @overload
    def send_draft(
        self,
        *,
        message_id: str,
        send_settings: NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails: ...

    @overload
    def send_draft(
        self,
        *,
        body: SendNewsletterDraft | SendNewsletterDraftDict,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails: ...

    def send_draft(
        self,
        *,
        body: SendNewsletterDraft | SendNewsletterDraftDict | None = None,
        message_id: str | Unset = UNSET,
        send_settings: NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails:
        """Send the newsletter draft.

        Args:
            message_id: The message identifier (equals to newsletterId)

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /newsletters/send-draft (sendDraft). Reference: https://apireference.getresponse.com/#operation/sendDraft
        """
        from ..models.newsletter_details import NewsletterDetails

        return self._request(
            "POST",
            "/newsletters/send-draft",
            cast_to=NewsletterDetails,
            json=json_body(
                "newsletters.send_draft",
                body,
                {"message_id": message_id, "send_settings": send_settings},
                NEWSLETTERS_SEND_DRAFT_WIRE,
                required=("message_id", "send_settings"),
            ),
            operation="sendDraft",
            options=options,
        )

    @property
    def with_raw_response(self) -> NewslettersResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return NewslettersResourceWithRawResponse(self._raw_copy())


class NewslettersResourceWithRawResponse:
    """client.newsletters.with_raw_response."""

    def __init__(self, resource: NewslettersResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.cancel_sending = raw_response(resource.cancel_sending)
        self.get_activities = raw_response(resource.get_activities)
        self.get_statistics = raw_response(resource.get_statistics)
        self.get_statistics_collection = raw_response(resource.get_statistics_collection)
        self.get_thumbnail = raw_response(resource.get_thumbnail)
        self.send_draft = raw_response(resource.send_draft)


class AsyncNewslettersResource(AsyncResource):
    """Newsletters: client.newsletters."""

    @overload
    async def create(
        self,
        *,
        content: MessageContent | MessageContentDict,
        subject: str,
        from_field: FromFieldReference | FromFieldReferenceDict,
        campaign: ListReference | ListReferenceDict,
        send_settings: NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        name: str | Unset = UNSET,
        type_: NewNewsletterType | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        attachments: builtins.list[NewsletterAttachment | NewsletterAttachmentDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails: ...

    @overload
    async def create(
        self,
        *,
        body: NewNewsletter | NewNewsletterDict,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails: ...

    async def create(
        self,
        *,
        body: NewNewsletter | NewNewsletterDict | None = None,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        subject: str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        campaign: ListReference | ListReferenceDict | Unset = UNSET,
        send_settings: NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        name: str | Unset = UNSET,
        type_: NewNewsletterType | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        attachments: builtins.list[NewsletterAttachment | NewsletterAttachmentDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails:
        """Create newsletter.

        Args:
            content: The message content.
            subject: The message subject
            campaign: A reference to a list (campaign in the API).
            flags: The message flags.
            name: The newsletter name
            type_: The newsletter type
            attachments: The newsletter attachments.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /newsletters (createNewsletter). Reference: https://apireference.getresponse.com/#operation/createNewsletter
        """
        from ..models.newsletter_details import NewsletterDetails

        return await self._request(
            "POST",
            "/newsletters",
            cast_to=NewsletterDetails,
            json=json_body(
                "newsletters.create",
                body,
                {
                    "content": content,
                    "subject": subject,
                    "from_field": from_field,
                    "campaign": campaign,
                    "send_settings": send_settings,
                    "flags": flags,
                    "name": name,
                    "type_": type_,
                    "reply_to": reply_to,
                    "attachments": attachments,
                },
                NEWSLETTERS_CREATE_WIRE,
                required=("content", "subject", "from_field", "campaign", "send_settings"),
            ),
            operation="createNewsletter",
            options=options,
        )

    async def delete(
        self,
        newsletter_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete newsletter.

        Args:
            newsletter_id: The newsletter ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /newsletters/{newsletterId} (deleteNewsletter). Reference: https://apireference.getresponse.com/#operation/deleteNewsletter
        """

        return await self._request(
            "DELETE",
            f"/newsletters/{path_value(newsletter_id)}",
            cast_to=None,
            operation="deleteNewsletter",
            options=options,
        )

    async def get(
        self,
        newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails:
        """Get a single newsletter by its ID.

        Args:
            newsletter_id: The newsletter ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/{newsletterId} (getNewsletter). Reference: https://apireference.getresponse.com/#operation/getNewsletter
        """
        from ..models.newsletter_details import NewsletterDetails

        return await self._request(
            "GET",
            f"/newsletters/{path_value(newsletter_id)}",
            cast_to=NewsletterDetails,
            params={"fields": fields},
            operation="getNewsletter",
            options=options,
        )

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetNewsletterListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_send_on_from: datetime.date | Unset = UNSET,
        query_send_on_to: datetime.date | Unset = UNSET,
        query_type: GetNewsletterListQuerytype | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[NewsletterListElement]:
        """Get the newsletter list.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_subject: Search newsletters by subject
            query_name: Search newsletters by name
            query_status: Search newsletters by status
            query_created_on_from: Search newsletters created from this date
            query_created_on_to: Search newsletters created to this date
            query_send_on_from: Search for newsletters sent from this date
            query_send_on_to: Search for newsletters sent to this date
            query_type: Search newsletters by type
            query_list_id: Search newsletters by campaign ID
            sort_created_on: Sort by date
            sort_send_on: Sort by send on date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters (getNewsletterList). Reference: https://apireference.getresponse.com/#operation/getNewsletterList
        """
        from ..models.newsletter_list_element import NewsletterListElement

        return self._page(
            "/newsletters",
            item=NewsletterListElement,
            params={
                "query[subject]": query_subject,
                "query[name]": query_name,
                "query[status]": query_status,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[sendOn][from]": query_send_on_from,
                "query[sendOn][to]": query_send_on_to,
                "query[type]": query_type,
                "query[campaignId]": query_list_id,
                "sort[createdOn]": sort_created_on,
                "sort[sendOn]": sort_send_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "newsletterId"),
            operation="getNewsletterList",
            options=options,
        )

    async def cancel_sending(
        self,
        newsletter_id: str,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails:
        """Cancel sending the newsletter.

        Args:
            newsletter_id: The newsletter ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /newsletters/{newsletterId}/cancel (cancelMessageSend). Reference: https://apireference.getresponse.com/#operation/cancelMessageSend
        """
        from ..models.newsletter_details import NewsletterDetails

        return await self._request(
            "POST",
            f"/newsletters/{path_value(newsletter_id)}/cancel",
            cast_to=NewsletterDetails,
            operation="cancelMessageSend",
            options=options,
        )

    def get_activities(
        self,
        newsletter_id: str,
        *,
        query_activity: GetNewsletterActivitiesQueryactivity | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[NewsletterActivity]:
        """Get newsletter activities.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            newsletter_id: The newsletter ID
            query_activity: Search newsletter activities by activity type
            query_created_on_from: Search newsletter activities from this date.
            query_created_on_to: Search newsletter activities to this date.
            sort_created_on: Sort by date
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/{newsletterId}/activities (getNewsletterActivities). Reference: https://apireference.getresponse.com/#operation/getNewsletterActivities
        """
        from ..models.newsletter_activity import NewsletterActivity

        return self._page(
            f"/newsletters/{path_value(newsletter_id)}/activities",
            item=NewsletterActivity,
            params={
                "query[activity]": query_activity,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "perPage": per_page,
            },
            page=page,
            operation="getNewsletterActivities",
            options=options,
        )

    def get_statistics(
        self,
        newsletter_id: str,
        *,
        query_group_by: GetSingleNewsletterStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[MessageStatisticsListElement]:
        """The statistics of single newsletter.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            newsletter_id: The newsletter ID
            query_group_by: Group results by time interval
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/{newsletterId}/statistics (getSingleNewsletterStatistics). Reference: https://apireference.getresponse.com/#operation/getSingleNewsletterStatistics
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            f"/newsletters/{path_value(newsletter_id)}/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getSingleNewsletterStatistics",
            options=options,
        )

    def get_statistics_collection(
        self,
        *,
        query_group_by: GetNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_newsletter_id: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[MessageStatisticsListElement]:
        """Total newsletter statistics.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_group_by: Group results by time interval
            query_newsletter_id: The list of newsletter resource IDs (string separated with '')
            query_list_id: The list of campaign resource IDs (string separated with '')
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/statistics (getNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getNewsletterStatisticsCollection
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            "/newsletters/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[newsletterId]": query_newsletter_id,
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getNewsletterStatisticsCollection",
            options=options,
        )

    async def get_thumbnail(
        self,
        newsletter_id: str,
        *,
        size: GetNewsletterThumbnailSize | Unset = GetNewsletterThumbnailSize.DEFAULT,
        **options: Unpack[RequestOptions],
    ) -> BinaryFile:
        """Get newsletter thumbnail.

        Args:
            newsletter_id: The newsletter ID
            size: The size of the thumbnail

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /newsletters/{newsletterId}/thumbnail (getNewsletterThumbnail). Reference: https://apireference.getresponse.com/#operation/getNewsletterThumbnail
        """

        return await self._request(
            "GET",
            f"/newsletters/{path_value(newsletter_id)}/thumbnail",
            cast_to=BinaryFile,
            params={"size": size},
            operation="getNewsletterThumbnail",
            options=options,
        )

    @overload
    async def send_draft(
        self,
        *,
        message_id: str,
        send_settings: NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails: ...

    @overload
    async def send_draft(
        self,
        *,
        body: SendNewsletterDraft | SendNewsletterDraftDict,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails: ...

    async def send_draft(
        self,
        *,
        body: SendNewsletterDraft | SendNewsletterDraftDict | None = None,
        message_id: str | Unset = UNSET,
        send_settings: NewsletterSendSettingsDetails | NewsletterSendSettingsDetailsDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewsletterDetails:
        """Send the newsletter draft.

        Args:
            message_id: The message identifier (equals to newsletterId)

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /newsletters/send-draft (sendDraft). Reference: https://apireference.getresponse.com/#operation/sendDraft
        """
        from ..models.newsletter_details import NewsletterDetails

        return await self._request(
            "POST",
            "/newsletters/send-draft",
            cast_to=NewsletterDetails,
            json=json_body(
                "newsletters.send_draft",
                body,
                {"message_id": message_id, "send_settings": send_settings},
                NEWSLETTERS_SEND_DRAFT_WIRE,
                required=("message_id", "send_settings"),
            ),
            operation="sendDraft",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncNewslettersResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncNewslettersResourceWithRawResponse(self._raw_copy())


class AsyncNewslettersResourceWithRawResponse:
    """client.newsletters.with_raw_response."""

    def __init__(self, resource: AsyncNewslettersResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.cancel_sending = async_raw_response(resource.cancel_sending)
        self.get_activities = async_raw_pager(resource.get_activities)
        self.get_statistics = async_raw_pager(resource.get_statistics)
        self.get_statistics_collection = async_raw_pager(resource.get_statistics_collection)
        self.get_thumbnail = async_raw_response(resource.get_thumbnail)
        self.send_draft = async_raw_response(resource.send_draft)


# Keyword argument -> JSON name, per method with a body.
NEWSLETTERS_CREATE_WIRE = {
    "content": "content",
    "subject": "subject",
    "from_field": "fromField",
    "campaign": "campaign",
    "send_settings": "sendSettings",
    "flags": "flags",
    "name": "name",
    "type_": "type",
    "reply_to": "replyTo",
    "attachments": "attachments",
}
NEWSLETTERS_SEND_DRAFT_WIRE = {"message_id": "messageId", "send_settings": "sendSettings"}
